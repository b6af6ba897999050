package org.govsite.ui.report.supervision;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The save dialog of the supervision workbook: XLSX, the extension added when the name has none. */
public final class SupervisionFileDialog implements SupervisionFileChooser {
    private static final String EXTENSION = ".xlsx"; //$NON-NLS-1$

    @Override
    public Optional<Path> choose(Shell shell, int year) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Supervision_exportTitle);
        dialog.setFilterExtensions(new String[] { "*" + EXTENSION }); //$NON-NLS-1$
        dialog.setFilterNames(new String[] { Messages.Supervision_xlsx });
        dialog.setFileName(NLS.bind(Messages.Supervision_fileName, Integer.toString(year)) + EXTENSION);
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        return Optional.of(file.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? path
                : path.resolveSibling(path.getFileName() + EXTENSION));
    }
}
