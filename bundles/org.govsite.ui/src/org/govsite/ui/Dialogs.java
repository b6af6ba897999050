package org.govsite.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Message dialogs with GovSite's localized buttons (JFace's own button texts are English only). */
public final class Dialogs {

    private Dialogs() {
    }

    public static void error(Shell shell, String title, String message) {
        new MessageDialog(shell, title, null, message, MessageDialog.ERROR, 0, Messages.Button_ok).open();
    }

    public static boolean confirm(Shell shell, String title, String message) {
        return new MessageDialog(shell, title, null, message, MessageDialog.CONFIRM, 0, Messages.Button_ok, Messages.Button_cancel)
                .open() == 0;
    }
}
