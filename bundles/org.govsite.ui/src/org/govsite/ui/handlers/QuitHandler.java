package org.govsite.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Messages;
import org.govsite.ui.session.SessionSaver;
import org.govsite.ui.session.WorkbenchSession;

/** File > Exit: offers to save unsaved edits, then closes the workbench. */
public class QuitHandler {

    @Execute
    void execute(IWorkbench workbench, WorkbenchSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (session.isDirty()) {
            int answer = new MessageDialog(shell, Messages.Quit_title, null, Messages.Quit_unsaved, MessageDialog.QUESTION,
                    0, Messages.Quit_save, Messages.Quit_discard, Messages.Quit_cancel).open();
            if (answer == 2 || answer < 0 || answer == 0 && !SessionSaver.saveWithDialog(session, shell)) {
                return;
            }
        }
        workbench.close();
    }
}
