package org.govsite.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.govsite.ui.session.WorkbenchSession;

/** Edit > Redo (Ctrl+Y): redoes the last undone edit. */
public class RedoHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.commandStack().canRedo();
    }

    @Execute
    void execute(WorkbenchSession session) {
        session.commandStack().redo();
    }
}
