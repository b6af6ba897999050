package org.govsite.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.report.ReportEditorPart;
import org.govsite.ui.session.SessionSaver;
import org.govsite.ui.session.WorkbenchSession;

/**
 * File > Save (Ctrl+S): saves the platform to the local store in a job; with a dirty annual report editor active,
 * that editor's manual fields instead.
 */
public class SaveHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return report(part) != null || session.isDirty();
    }

    @Execute
    void execute(WorkbenchSession session, UISynchronize sync, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ReportEditorPart report = report(part);
        if (report != null) {
            report.save();
        } else {
            SessionSaver.saveInBackground(session, sync, shell);
        }
    }

    /** @return the active part's annual report editor when it has unsaved fields */
    private static ReportEditorPart report(MPart part) {
        return part != null && part.isDirty() && part.getObject() instanceof ReportEditorPart editor ? editor : null;
    }
}
