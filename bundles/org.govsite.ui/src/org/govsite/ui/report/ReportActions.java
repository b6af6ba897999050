package org.govsite.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.client.ClientException;
import org.govsite.model.validation.Severity;
import org.govsite.protocol.PageTime;
import org.govsite.report.AnnualReport;
import org.govsite.report.Problem;
import org.govsite.report.ReportTexts;
import org.govsite.report.SiteStatistics;
import org.govsite.report.Statistics;
import org.govsite.report.check.ConsistencyChecks;
import org.govsite.report.logs.LogSummary;
import org.govsite.report.publish.NoReportColumnException;
import org.govsite.report.publish.Published;
import org.govsite.report.publish.ReportPublisher;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.session.UiJobs;

/**
 * The report editor's actions, each in a job with progress and cancel: import access logs, export the site's XLSX or
 * the province workbook (after confirmation when the consistency checks found errors), publish the site's XLSX to its
 * annual-report column through the logged-in connection. Outcomes go to the editor's status line, failures to a
 * dialog as well.
 */
final class ReportActions {
    private final ReportWorkspace workspace;
    private final ReportFiles files;
    private final UISynchronize sync;
    private final Connections connections;
    private final ReportTexts texts;
    private final ConsistencyChecks checks;

    ReportActions(ReportWorkspace workspace, ReportFiles files, UISynchronize sync, Connections connections,
            ReportTexts texts, ConsistencyChecks checks) {
        this.workspace = workspace;
        this.files = files;
        this.sync = sync;
        this.connections = connections;
        this.texts = texts;
        this.checks = checks;
    }

    /** 导入访问日志: the visits of the sites found replace their earlier ones for the year; then {@code imported} runs. */
    void importLogs(Shell shell, Statistics statistics, Consumer<String> status, Runnable imported) {
        List<Path> chosen = files.accessLogs(shell);
        if (chosen.isEmpty()) {
            return;
        }
        List<String> hosts = statistics.sites().stream().map(SiteStatistics::host).toList();
        UiJobs.run(Messages.AnnualReport_importLogs, sync, monitor -> {
            LogImport.Result result = LogImport.run(chosen, hosts, statistics.year(), monitor);
            try {
                workspace.imported(statistics.year(), result.visits());
            } catch (IOException e) {
                throw new ReportFailure(e.getMessage(), e);
            }
            return result.summary();
        }, summary -> {
            status.accept(summary(summary));
            imported.run();
        }, e -> failed(shell, status, e));
    }

    static String summary(LogSummary summary) {
        return NLS.bind(Messages.AnnualReport_logSummary, new Object[] { summary.counted(), summary.excluded(),
                summary.otherYear(), summary.unattributed(), summary.malformed(), String.join(", ", summary.examples()) }); //$NON-NLS-1$
    }

    /** 导出本站报表: the site's XLSX to a chosen file. */
    void exportSite(Shell shell, AnnualReport report, List<Problem> problems, Consumer<String> status) {
        if (!confirm(shell, errors(problems), Messages.AnnualReport_confirmErrors)) {
            return;
        }
        files.target(shell, report.statistics().host() + '-' + report.year() + ".xlsx") //$NON-NLS-1$
                .ifPresent(file -> UiJobs.run(Messages.AnnualReport_exportSite, sync,
                        monitor -> ReportWrite.site(report, texts, file, monitor),
                        written -> status.accept(NLS.bind(Messages.AnnualReport_written, written)),
                        e -> failed(shell, status, e)));
    }

    /**
     * 导出全省汇总: every site of the year's statistics with its saved fields and imported visits, checked in a job,
     * then (confirmed when some have errors) written to a chosen file in another.
     */
    void exportProvince(Shell shell, Statistics statistics, Consumer<String> status) {
        LocalDate today = LocalDate.now(PageTime.ZONE);
        UiJobs.run(Messages.AnnualReport_exportProvince, sync,
                monitor -> ProvinceReports.build(workspace, statistics, checks, today, monitor), built -> {
                    if (confirm(shell, built.sitesWithErrors(), Messages.AnnualReport_confirmSiteErrors)) {
                        files.target(shell, "province-" + statistics.year() + ".xlsx") //$NON-NLS-1$ //$NON-NLS-2$
                                .ifPresent(file -> UiJobs.run(Messages.AnnualReport_exportProvince, sync,
                                        monitor -> ReportWrite.province(built.reports(), texts, file, monitor),
                                        written -> status.accept(NLS.bind(Messages.AnnualReport_written, written)),
                                        e -> failed(shell, status, e)));
                    }
                }, e -> failed(shell, status, e));
    }

    /** 发布: uploads the site's XLSX to its annual-report column (content editor role). */
    void publish(Shell shell, AnnualReport report, List<Problem> problems, Consumer<String> status) {
        Optional<Connection> connection = ReportConnection.loggedIn(connections);
        if (connection.isEmpty()) {
            failed(shell, status, new ReportFailure(Messages.AnnualReport_notLoggedIn));
            return;
        }
        if (!confirm(shell, errors(problems), Messages.AnnualReport_confirmErrors)) {
            return;
        }
        String id = connection.get().id();
        UiJobs.run(Messages.AnnualReport_publish, sync, monitor -> publish(id, report, monitor),
                published -> status.accept(NLS.bind(published.created() ? Messages.AnnualReport_published
                        : Messages.AnnualReport_republished, published.articleId(), Long.valueOf(published.version()))),
                e -> failed(shell, status, e));
    }

    /** Job body: the XLSX in memory, then the upload and the article (cancel before the upload). */
    private Published publish(String connection, AnnualReport report, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.AnnualReport_publish, 2);
        byte[] xlsx = ReportWrite.bytes(report, texts);
        progress.split(1);
        return connections.call(connection, () -> new ReportPublisher(connections.client(connection), texts)
                .publish(report.statistics().siteId(), report.year(), xlsx));
    }

    private static long errors(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    /** @return true when there are no errors or the operator goes on despite them */
    private static boolean confirm(Shell shell, long errors, String message) {
        return errors == 0 || Dialogs.confirm(shell, Messages.AnnualReport_title, NLS.bind(message, Long.valueOf(errors)));
    }

    /** Shows a failure: a client's error and a missing report column in the workbench's language. */
    private static void failed(Shell shell, Consumer<String> status, RuntimeException e) {
        String message = e instanceof ClientException || e instanceof NoReportColumnException
                ? NLS.bind(Messages.AnnualReport_publishFailed, e.getLocalizedMessage()) : e.getLocalizedMessage();
        status.accept(message);
        Dialogs.error(shell, Messages.AnnualReport_title, message);
    }
}
