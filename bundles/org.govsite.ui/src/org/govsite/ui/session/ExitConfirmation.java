package org.govsite.ui.session;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Messages;

/** Before the workbench closes: offers to save unsaved edits (Save, Don't Save, Cancel). */
public final class ExitConfirmation {

    private static final int SAVE = 0;
    private static final int DISCARD = 1;

    private ExitConfirmation() {
    }

    /** Whether the workbench may close: nothing unsaved, saved successfully, or the user chose not to save. */
    public static boolean confirm(WorkbenchSession session, Shell shell) {
        if (!session.isDirty()) {
            return true;
        }
        int answer = new MessageDialog(shell, Messages.Quit_title, null, Messages.Quit_unsaved, MessageDialog.QUESTION, 0,
                Messages.Quit_save, Messages.Quit_discard, Messages.Quit_cancel).open();
        return answer == DISCARD || answer == SAVE && SessionSaver.saveWithDialog(session, shell);
    }
}
