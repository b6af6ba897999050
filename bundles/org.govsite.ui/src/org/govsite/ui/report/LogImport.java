package org.govsite.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.report.Visits;
import org.govsite.report.logs.AccessLogImport;
import org.govsite.report.logs.LogFiles;
import org.govsite.report.logs.LogRules;
import org.govsite.report.logs.LogSummary;
import org.govsite.ui.Messages;

/**
 * Job body of 导入访问日志: reads access-log files and folders for a year with {@link AccessLogImport} (default rules),
 * file by file (cancel between files), attributing lines without a virtual host by the file's name as
 * {@code govsite report --logs} does ({@link LogFiles}).
 */
final class LogImport {

    /** What an import found: visits per host and what the lines were. */
    record Result(Map<String, Visits> visits, LogSummary summary) {
    }

    private LogImport() {
    }

    /** @throws ReportFailure naming the file that could not be read */
    static Result run(List<Path> given, Collection<String> hosts, int year, IProgressMonitor monitor) {
        AccessLogImport logs = new AccessLogImport(LogRules.defaults(), year);
        List<Path> files;
        try {
            files = LogFiles.expand(given);
        } catch (IOException e) {
            throw new ReportFailure(NLS.bind(Messages.AnnualReport_logFailed, given, e.getMessage()), e);
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.AnnualReport_importLogs, files.size());
        for (Path file : files) {
            progress.split(1).subTask(file.getFileName().toString());
            try {
                logs.read(file, LogFiles.host(file, hosts));
            } catch (IOException e) {
                throw new ReportFailure(NLS.bind(Messages.AnnualReport_logFailed, file, e.getMessage()), e);
            }
        }
        return new Result(logs.visits(), logs.summary());
    }
}
