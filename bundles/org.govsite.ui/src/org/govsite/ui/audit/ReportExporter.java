package org.govsite.ui.audit;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.audit.history.AuditRun;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.session.UiJobs;

/**
 * 导出审计报告 Export Report (Findings view and 审计 menu): asks for a file, then writes the latest run of each site (or
 * of one site) in a job with progress and cancel, in the workbench's language; a failure is shown.
 */
final class ReportExporter {
    private final AuditCenter center;
    private final UISynchronize sync;
    private final ReportFileChooser chooser;

    ReportExporter(AuditCenter center, UISynchronize sync, ReportFileChooser chooser) {
        this.center = center;
        this.sync = sync;
        this.chooser = chooser;
    }

    /**
     * @param home the site whose latest run is reported, or null for every site's
     * @return the job writing the report, if one was started
     */
    Optional<Job> export(Shell shell, URI home) {
        List<AuditRun> runs;
        try {
            runs = center.history().latestRuns().stream().filter(r -> home == null || r.home().equals(home)).toList();
        } catch (RuntimeException e) {
            Dialogs.error(shell, Messages.Report_export, e.getMessage());
            return Optional.empty();
        }
        if (runs.isEmpty()) {
            Dialogs.error(shell, Messages.Report_export, Messages.Diff_noRuns);
            return Optional.empty();
        }
        return chooser.choose(shell).map(file -> start(shell, runs, file));
    }

    private Job start(Shell shell, List<AuditRun> runs, Path file) {
        Locale language = Locale.forLanguageTag(Platform.getNL().replace('_', '-'));
        return UiJobs.run(NLS.bind(Messages.Report_job, file), sync,
                monitor -> ReportExport.write(center.history(), runs, file, language, monitor), written -> { },
                e -> Dialogs.error(shell, Messages.Report_export, e.getMessage()));
    }
}
