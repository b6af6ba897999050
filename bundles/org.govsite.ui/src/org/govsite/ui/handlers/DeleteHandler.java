package org.govsite.ui.handlers;

import java.util.Collection;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.govsite.model.Column;
import org.govsite.model.Site;
import org.govsite.ui.edit.ColumnCommands;
import org.govsite.ui.session.WorkbenchSession;

/** Edit > Delete: deletes the selected sites and columns with one undoable command. */
public class DeleteHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return !deletable(selection).isEmpty();
    }

    @Execute
    void execute(WorkbenchSession session, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        session.execute(ColumnCommands.delete(session.domain(), deletable(selection)));
    }

    private static List<EObject> deletable(Object selection) {
        Collection<?> selected = selection instanceof Collection<?> many ? many : selection == null ? List.of() : List.of(selection);
        return selected.stream().filter(o -> o instanceof Site || o instanceof Column).map(EObject.class::cast).toList();
    }
}
