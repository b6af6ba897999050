package org.govsite.ui.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.model.validation.Severity;
import org.govsite.report.AnnualReport;
import org.govsite.report.SiteStatistics;
import org.govsite.report.Statistics;
import org.govsite.report.Visits;
import org.govsite.report.check.ConsistencyChecks;
import org.govsite.ui.Messages;

/** Job body: every site's report of a year from the workspace's saved fields and visits, checked. */
final class ProvinceReports {

    /** The reports, and how many of them the checks found errors in. */
    record Built(List<AnnualReport> reports, long sitesWithErrors) {
    }

    private ProvinceReports() {
    }

    /** @throws ReportFailure naming the site whose fields cannot be read */
    static Built build(ReportWorkspace workspace, Statistics statistics, ConsistencyChecks checks, LocalDate today,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.AnnualReport_exportProvince,
                statistics.sites().size());
        List<AnnualReport> reports = new ArrayList<>();
        long withErrors = 0;
        Map<String, Visits> visits;
        try {
            visits = workspace.visits(statistics.year());
        } catch (IOException e) {
            throw new ReportFailure(e.getMessage(), e);
        }
        for (SiteStatistics site : statistics.sites()) {
            progress.split(1);
            AnnualReport report;
            try {
                report = new AnnualReport(statistics.year(), site, visits.getOrDefault(site.host(), Visits.NONE),
                        workspace.manual().load(site.host(), statistics.year()));
            } catch (IOException | RuntimeException e) {
                throw new ReportFailure(NLS.bind(Messages.AnnualReport_manualFailed, site.host(), e.getMessage()), e);
            }
            reports.add(report);
            if (checks.check(report, today).stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
                withErrors++;
            }
        }
        return new Built(reports, withErrors);
    }
}
