package org.govsite.ui.report.supervision;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.govsite.audit.history.AuditHistory;
import org.govsite.audit.history.AuditRun;
import org.govsite.report.Problem;
import org.govsite.report.supervision.CheckRow;
import org.govsite.report.supervision.SpotCheckResult;
import org.govsite.report.supervision.SpotChecks;

/**
 * The spot checks of a year drawn from every run of the workbench's audit history (UI-free; the part reads them in a
 * job).
 *
 * @param year the report's year
 * @param runs every run of the history (the sample proposal looks at the earlier ones)
 * @param result the quarters' and the year's rows
 * @param coverage the {@value SpotChecks#COVERAGE} warnings of the quarters below the required share
 */
record YearChecks(int year, List<AuditRun> runs, SpotCheckResult result, List<Problem> coverage) {

    YearChecks {
        runs = List.copyOf(runs);
        coverage = List.copyOf(coverage);
    }

    /** @return no run at all: zeros, no warning (shown until the history is read) */
    static YearChecks none(int year) {
        CheckRow zero = new CheckRow(0, 0, true);
        return new YearChecks(year, List.of(), new SpotCheckResult(List.of(zero, zero, zero, zero), zero), List.of());
    }

    /**
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    static YearChecks read(AuditHistory history, SpotChecks checks, int year, int sitesInService,
            IProgressMonitor monitor) {
        List<URI> sites = history.sites();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Supervision_loading, sites.size() + 1);
        List<AuditRun> runs = new ArrayList<>();
        for (URI home : sites) {
            progress.checkCanceled();
            runs.addAll(history.runs(home));
            progress.worked(1);
        }
        SpotCheckResult result = checks.compute(year, runs, sitesInService);
        return new YearChecks(year, runs, result, checks.problems(result, sitesInService));
    }
}
