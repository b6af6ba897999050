package org.govsite.ui.audit;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.govsite.audit.export.ReportFormat;
import org.govsite.ui.Messages;

/**
 * The save dialog of 导出审计报告: one filter per report format, XLSX first (the default); a name typed without a
 * known extension gets the chosen filter's.
 */
public final class ReportFileDialog implements ReportFileChooser {
    private static final ReportFormat[] ORDER = { ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.JSON,
            ReportFormat.HTML };

    @Override
    public Optional<Path> choose(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Report_export);
        dialog.setFilterExtensions(Arrays.stream(ORDER).map(f -> "*." + f.id()).toArray(String[]::new)); //$NON-NLS-1$
        dialog.setFilterNames(new String[] { Messages.Report_xlsx, Messages.Report_csv, Messages.Report_json,
                Messages.Report_html });
        dialog.setFileName(Messages.Report_fileName + ".xlsx"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        int filter = Math.max(0, dialog.getFilterIndex());
        return Optional.of(ReportExport.format(path).isPresent() ? path
                : path.resolveSibling(path.getFileName() + "." + ORDER[filter].id())); //$NON-NLS-1$
    }
}
