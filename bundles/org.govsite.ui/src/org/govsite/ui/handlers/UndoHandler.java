package org.govsite.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.govsite.ui.session.WorkbenchSession;

/** Edit > Undo (Ctrl+Z): undoes the last edit on the session's command stack. */
public class UndoHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.commandStack().canUndo();
    }

    @Execute
    void execute(WorkbenchSession session) {
        session.commandStack().undo();
    }
}
