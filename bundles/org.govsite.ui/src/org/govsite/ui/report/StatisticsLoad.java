package org.govsite.ui.report;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.report.Statistics;
import org.govsite.report.StatisticsSource;
import org.govsite.ui.Messages;

/** Job body: reads a year's statistics from a source (the platform or a file) and checks that they are of that year. */
final class StatisticsLoad {

    private StatisticsLoad() {
    }

    /**
     * @param what names the source in messages (the connection or the file)
     * @throws ReportFailure when the source cannot be read or holds another year
     */
    static Statistics read(StatisticsSource source, String what, int year, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.AnnualReport_reading, what), 1);
        Statistics statistics;
        try {
            statistics = source.read(year);
        } catch (IOException e) {
            throw new ReportFailure(NLS.bind(Messages.AnnualReport_statisticsFailed, what, e.getMessage()), e);
        }
        progress.split(1); // a cancel while the statistics were read drops them
        if (statistics.year() != year) {
            throw new ReportFailure(NLS.bind(Messages.AnnualReport_otherYear,
                    new Object[] { what, Integer.valueOf(statistics.year()), Integer.valueOf(year) }));
        }
        return statistics;
    }
}
