package org.govsite.ui.report.supervision;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.SupervisionReport;
import org.govsite.report.xlsx.SupervisionWorkbook;
import org.govsite.store.interchange.AtomicFile;
import org.govsite.store.interchange.InterchangeException;

/**
 * Writes the supervision workbook to a file (UI-free, the export job's body): through a temporary sibling moved onto
 * the file when complete, so a failure or a cancel leaves no partial file and keeps an older one.
 */
final class SupervisionExport {

    private SupervisionExport() {
    }

    /**
     * @throws OperationCanceledException when cancelled (nothing written)
     * @throws IllegalStateException when the file cannot be written, its message naming the file and the cause
     */
    static Path write(SupervisionReport report, int percent, ReportTexts texts, Path file, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Supervision_exportJob, file), 1);
        progress.checkCanceled();
        try {
            AtomicFile.write(file, out -> {
                SupervisionWorkbook.write(report, percent, texts, out);
                progress.worked(1);
                progress.checkCanceled();
            });
            return file;
        } catch (InterchangeException e) {
            if (e.getCause() instanceof OperationCanceledException cancel) {
                throw cancel;
            }
            throw new IllegalStateException(
                    NLS.bind(Messages.Supervision_exportFailed, file, e.getCause().getMessage()), e);
        }
    }
}
