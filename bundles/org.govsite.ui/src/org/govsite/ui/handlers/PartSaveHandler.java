package org.govsite.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.session.OwnFilesPart;
import org.govsite.ui.session.SessionSaver;
import org.govsite.ui.session.WorkbenchSession;

/**
 * The Save command (文件 > 保存, Ctrl+S) while a part that keeps its own files is active (the annual report editor,
 * the supervision report): their descriptors carry this handler, which e4 prefers to the window's {@link SaveHandler}
 * while the part has the focus. It saves the part ({@link OwnFilesPart#save()}) when it is dirty and, as the window's
 * handler does, saves the platform when it is.
 */
public class PartSaveHandler {

    @CanExecute
    boolean canExecute(MPart part, WorkbenchSession session) {
        return part.isDirty() || session.isDirty();
    }

    @Execute
    void execute(MPart part, WorkbenchSession session, UISynchronize sync,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (part.isDirty() && part.getObject() instanceof OwnFilesPart own) {
            own.save();
        }
        if (session.isDirty()) {
            SessionSaver.saveInBackground(session, sync, shell);
        }
    }
}
