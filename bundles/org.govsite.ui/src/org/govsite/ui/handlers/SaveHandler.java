package org.govsite.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.session.SessionSaver;
import org.govsite.ui.session.WorkbenchSession;

/** File > Save (Ctrl+S): saves the platform to the local store in a job. */
public class SaveHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.isDirty();
    }

    @Execute
    void execute(WorkbenchSession session, UISynchronize sync, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        SessionSaver.saveInBackground(session, sync, shell);
    }
}
