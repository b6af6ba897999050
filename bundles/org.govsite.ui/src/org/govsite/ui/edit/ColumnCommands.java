package org.govsite.ui.edit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.govsite.model.Column;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Named;
import org.govsite.model.Site;
import org.govsite.model.ids.Ids;

/**
 * The undoable column edits shared by the explorer and the site editor: add, rename, delete, move up/down and
 * drag-and-drop moves (within one site only; never into the dragged column itself or its descendants).
 */
public final class ColumnCommands {

    /** Path segment of new columns (numbered when a sibling has it). */
    static final String NEW_SEGMENT = "column";

    private ColumnCommands() {
    }

    /** The list feature holding columns under {@code owner} (a site or a column), or null. */
    public static EReference columnsFeature(EObject owner) {
        if (owner instanceof Site) {
            return GovSitePackage.Literals.SITE__COLUMNS;
        }
        return owner instanceof Column ? GovSitePackage.Literals.COLUMN__CHILDREN : null;
    }

    public static Column newColumn(String name) {
        Column column = GovSiteFactory.eINSTANCE.createColumn();
        column.setId(Ids.newId());
        column.setName(name);
        return column;
    }

    /** Appends a new {@code column} under {@code owner} (a site or a column), giving it a free path segment if it has none. */
    public static Command add(EditingDomain domain, EObject owner, Column column) {
        EReference feature = columnsFeature(owner);
        if (feature == null) {
            return UnexecutableCommand.INSTANCE;
        }
        if (column.getPathSegment() == null) {
            column.setPathSegment(freeSegment((List<?>) owner.eGet(feature)));
        }
        return new AddCommand(domain, owner, feature, column);
    }

    private static String freeSegment(List<?> siblings) {
        Set<String> taken = new HashSet<>();
        siblings.forEach(s -> taken.add(((Column) s).getPathSegment()));
        String segment = NEW_SEGMENT;
        for (int n = 2; taken.contains(segment); n++) {
            segment = NEW_SEGMENT + "-" + n;
        }
        return segment;
    }

    public static Command rename(EditingDomain domain, Named named, String name) {
        if (name == null || name.isBlank() || name.equals(named.getName())) {
            return UnexecutableCommand.INSTANCE;
        }
        return SetCommand.create(domain, named, GovSitePackage.Literals.NAMED__NAME, name.strip());
    }

    public static Command delete(EditingDomain domain, Collection<? extends EObject> objects) {
        return objects.isEmpty() ? UnexecutableCommand.INSTANCE : DeleteCommand.create(domain, objects);
    }

    /** Moves a column {@code delta} places among its siblings (-1 up, +1 down). */
    public static Command move(EditingDomain domain, Column column, int delta) {
        EObject owner = column.eContainer();
        EList<?> siblings = siblings(column);
        int index = siblings.indexOf(column) + delta;
        if (index < 0 || index >= siblings.size()) {
            return UnexecutableCommand.INSTANCE;
        }
        return new MoveCommand(domain, owner, columnsFeature(owner), column, index);
    }

    public static boolean canDrop(Column column, Object target, DropPosition position) {
        if (!(target instanceof EObject targetObject) || siteOf(targetObject) == null
                || siteOf(targetObject) != siteOf(column) || EcoreUtil.isAncestor(column, targetObject)) {
            return false;
        }
        if (position == DropPosition.ON) {
            return columnsFeature(targetObject) != null && column.eContainer() != targetObject;
        }
        return target instanceof Column;
    }

    /** The command dropping {@code column} on/before/after {@code target}; unexecutable when the drop is illegal. */
    public static Command drop(EditingDomain domain, Column column, Object target, DropPosition position) {
        if (!canDrop(column, target, position)) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject newOwner = position == DropPosition.ON ? (EObject) target : ((EObject) target).eContainer();
        List<?> newSiblings = (List<?>) newOwner.eGet(columnsFeature(newOwner));
        int index = position == DropPosition.ON ? newSiblings.size()
                : newSiblings.indexOf(target) + (position == DropPosition.AFTER ? 1 : 0);
        EObject oldOwner = column.eContainer();
        if (oldOwner == newOwner) {
            int oldIndex = newSiblings.indexOf(column);
            int newIndex = oldIndex < index ? index - 1 : index;
            return newIndex == oldIndex ? UnexecutableCommand.INSTANCE
                    : new MoveCommand(domain, newOwner, columnsFeature(newOwner), column, newIndex);
        }
        CompoundCommand move = new CompoundCommand(0, "move column");
        move.append(new RemoveCommand(domain, oldOwner, columnsFeature(oldOwner), column));
        move.append(new AddCommand(domain, newOwner, columnsFeature(newOwner), column, index));
        return move;
    }

    public static Site siteOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Site site) {
                return site;
            }
        }
        return null;
    }

    private static EList<?> siblings(Column column) {
        return (EList<?>) column.eContainer().eGet(column.eContainingFeature());
    }
}
