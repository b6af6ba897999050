package org.govsite.ui.audit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.export.AuditReports;
import org.govsite.audit.export.ReportFormat;
import org.govsite.audit.history.AuditHistory;
import org.govsite.audit.history.AuditRun;
import org.govsite.store.interchange.AtomicFile;
import org.govsite.store.interchange.InterchangeException;
import org.govsite.ui.Messages;

/**
 * Writes saved runs as an audit report (docs/workbench.md, "Audit perspective"): each run read back from the history
 * as its audit, the report written by {@link AuditReports} through {@link AtomicFile}, so a failure or a cancel leaves
 * no partial file. UI-free: the workbench runs it in a job.
 */
final class ReportExport {
    private ReportExport() {
    }

    /** @return the format the file's extension names (xlsx, csv, json, html; any case), if any */
    static Optional<ReportFormat> format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(ReportFormat.values()).filter(f -> name.endsWith("." + f.id())).findFirst(); //$NON-NLS-1$
    }

    /**
     * @param runs the runs to report, in order
     * @param file the report's file, its format named by its extension (XLSX when it names none)
     * @param language the language of the report
     * @throws OperationCanceledException when cancelled (nothing written)
     * @throws IllegalStateException when the report cannot be written, its message naming the file and the cause
     */
    static Path write(AuditHistory history, List<AuditRun> runs, Path file, Locale language, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Report_job, file), runs.size() + 1);
        List<SiteAudit> audits = new ArrayList<>();
        for (AuditRun run : runs) {
            progress.checkCanceled();
            progress.subTask(run.home().toString());
            history.audit(run.id()).ifPresent(audits::add);
            progress.worked(1);
        }
        progress.subTask(file.getFileName().toString());
        ReportFormat format = format(file).orElse(ReportFormat.XLSX);
        try {
            AtomicFile.write(file, out -> AuditReports.write(audits, format, language, new Cancellable(out, progress)));
            return file;
        } catch (InterchangeException e) {
            if (e.getCause() instanceof OperationCanceledException cancel) {
                throw cancel;
            }
            throw new IllegalStateException(NLS.bind(Messages.Report_failed, file, e.getCause()), e);
        }
    }

    /** A stream that gives up with {@link OperationCanceledException} as soon as the monitor is cancelled. */
    private static final class Cancellable extends FilterOutputStream {
        private final IProgressMonitor monitor;

        Cancellable(OutputStream out, IProgressMonitor monitor) {
            super(out);
            this.monitor = monitor;
        }

        @Override
        public void write(int b) throws IOException {
            checkCanceled();
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            checkCanceled();
            out.write(bytes, offset, length);
        }

        private void checkCanceled() {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
    }
}
