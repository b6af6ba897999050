package org.govsite.ui.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;

/** The workbench's {@link ReportFiles}: SWT file dialogs. */
public final class ReportFileDialogs implements ReportFiles {

    @Override
    public Optional<Path> statistics(Shell shell, int year) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(NLS.bind(Messages.AnnualReport_chooseStatistics, Integer.valueOf(year)));
        dialog.setFilterExtensions(new String[] { "*.json", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    @Override
    public List<Path> accessLogs(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.AnnualReport_chooseLogs);
        if (dialog.open() == null) {
            return List.of();
        }
        Path folder = Path.of(dialog.getFilterPath());
        return Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList();
    }

    @Override
    public Optional<Path> target(Shell shell, String fileName) {
        return Dialogs.saveXlsx(shell, Messages.AnnualReport_chooseTarget, fileName);
    }
}
