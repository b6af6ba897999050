package org.govsite.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Message dialogs with GovSite's localized buttons (JFace's own button texts are English only), and the save dialog
 * of the XLSX exports.
 */
public final class Dialogs {
    private static final String XLSX = ".xlsx"; //$NON-NLS-1$

    private Dialogs() {
    }

    public static void error(Shell shell, String title, String message) {
        new MessageDialog(shell, title, null, message, MessageDialog.ERROR, 0, Messages.Button_ok).open();
    }

    public static boolean confirm(Shell shell, String title, String message) {
        return new MessageDialog(shell, title, null, message, MessageDialog.CONFIRM, 0, Messages.Button_ok, Messages.Button_cancel)
                .open() == 0;
    }

    /**
     * The save dialog of an XLSX export: one Excel filter, {@code fileName} proposed, overwriting confirmed by the
     * dialog; {@code .xlsx} added when the name typed has no such extension.
     *
     * @return the file chosen, or empty when the operator cancelled
     */
    public static Optional<Path> saveXlsx(Shell shell, String title, String fileName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*" + XLSX }); //$NON-NLS-1$
        dialog.setFilterNames(new String[] { Messages.Report_xlsx });
        dialog.setFileName(fileName);
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        return Optional.of(file.toLowerCase(Locale.ROOT).endsWith(XLSX) ? path
                : path.resolveSibling(path.getFileName() + XLSX));
    }
}
