package org.govsite.ui.report.supervision;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.session.SessionSaver;
import org.govsite.ui.session.WorkbenchSession;

/**
 * The Save command (文件 > 保存, Ctrl+S) while the supervision part is active: the part's descriptor carries this
 * handler, which e4 prefers to the window's while the part has the focus. It saves the part's entries when they are
 * dirty and, as the window's handler does, the platform when it is.
 */
public class SupervisionSaveHandler {

    @CanExecute
    boolean canExecute(MPart part, WorkbenchSession session) {
        return part.isDirty() || session.isDirty();
    }

    @Execute
    void execute(MPart part, WorkbenchSession session, UISynchronize sync,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (part.isDirty() && part.getObject() instanceof SupervisionPart supervision) {
            supervision.save();
        }
        if (session.isDirty()) {
            SessionSaver.saveInBackground(session, sync, shell);
        }
    }
}
