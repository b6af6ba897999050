package org.govsite.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.session.ExitConfirmation;
import org.govsite.ui.session.WorkbenchSession;

/** File > Exit: offers to save unsaved edits (the platform's, the report parts'), then closes the workbench. */
public class QuitHandler {

    @Execute
    void execute(IWorkbench workbench, WorkbenchSession session, EPartService parts,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (ExitConfirmation.confirm(session, parts.getParts(), shell)) {
            workbench.close();
        }
    }
}
