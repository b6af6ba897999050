package org.govsite.ui.edit;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.govsite.model.Column;
import org.govsite.model.Named;
import org.govsite.model.Site;
import org.govsite.ui.Controls;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.session.WorkbenchSession;

/**
 * Column editing on a tree of sites and columns: context menu (new column, rename, delete, move up/down),
 * inline rename with a cell editor (F2 or the menu) and drag and drop. Every change is an undoable command.
 * Widget ids are {@code <prefix>.menu.*} and {@code <prefix>.rename}.
 */
public final class ColumnTreeSupport {

    private static final String NAME = "name";

    private final TreeViewer viewer;
    private final WorkbenchSession session;
    private final Supplier<Site> defaultSite;

    private ColumnTreeSupport(TreeViewer viewer, WorkbenchSession session, Supplier<Site> defaultSite) {
        this.viewer = viewer;
        this.session = session;
        this.defaultSite = defaultSite;
    }

    /** @param defaultSite the site a new column goes to when nothing is selected (may supply null) */
    public static void install(TreeViewer viewer, WorkbenchSession session, String idPrefix, Supplier<Site> defaultSite) {
        ColumnTreeSupport support = new ColumnTreeSupport(viewer, session, defaultSite);
        support.installRename(idPrefix);
        support.installMenu(idPrefix);
        ColumnDnd.install(viewer, session);
    }

    private void installRename(String idPrefix) {
        TextCellEditor editor = new TextCellEditor(viewer.getTree());
        WidgetIds.tag(editor.getControl(), idPrefix + ".rename");
        viewer.setColumnProperties(new String[] { NAME });
        viewer.setCellEditors(new CellEditor[] { editor });
        viewer.setCellModifier(new ICellModifier() {
            @Override
            public boolean canModify(Object element, String property) {
                return element instanceof Named && !(element instanceof org.govsite.model.Platform);
            }

            @Override
            public Object getValue(Object element, String property) {
                String name = ((Named) element).getName();
                return name == null ? "" : name;
            }

            @Override
            public void modify(Object element, String property, Object value) {
                Object named = element instanceof Item item ? item.getData() : element;
                session.execute(ColumnCommands.rename(session.domain(), (Named) named, (String) value));
            }
        });
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
            }
        }, ColumnViewerEditor.DEFAULT);
    }

    private void installMenu(String idPrefix) {
        Menu menu = new Menu(viewer.getTree());
        MenuItem add = Controls.menuItem(menu, idPrefix + ".menu.newColumn", Messages.Column_new, this::addColumn);
        MenuItem rename = Controls.menuItem(menu, idPrefix + ".menu.rename", Messages.Column_rename, this::renameSelected);
        MenuItem delete = Controls.menuItem(menu, idPrefix + ".menu.delete", Messages.Column_delete, this::deleteSelected);
        MenuItem up = Controls.menuItem(menu, idPrefix + ".menu.moveUp", Messages.Column_moveUp, () -> moveSelected(-1));
        MenuItem down = Controls.menuItem(menu, idPrefix + ".menu.moveDown", Messages.Column_moveDown, () -> moveSelected(1));
        menu.addListener(SWT.Show, e -> {
            Object selected = viewer.getStructuredSelection().getFirstElement();
            add.setEnabled(ownerForNewColumn() != null);
            rename.setEnabled(selected instanceof Named && !(selected instanceof org.govsite.model.Platform));
            delete.setEnabled(selected instanceof Column || selected instanceof Site);
            up.setEnabled(selected instanceof Column c && ColumnCommands.move(session.domain(), c, -1).canExecute());
            down.setEnabled(selected instanceof Column c && ColumnCommands.move(session.domain(), c, 1).canExecute());
        });
        viewer.getTree().setMenu(menu);
    }

    private EObject ownerForNewColumn() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (selected instanceof Site || selected instanceof Column) {
            return (EObject) selected;
        }
        return defaultSite.get();
    }

    private void addColumn() {
        EObject owner = ownerForNewColumn();
        if (owner == null) {
            return;
        }
        Column column = ColumnCommands.newColumn(Messages.Column_newName);
        if (session.execute(ColumnCommands.add(session.domain(), owner, column))) {
            viewer.setSelection(new StructuredSelection(column), true);
            viewer.editElement(column, 0);
        }
    }

    private void renameSelected() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (selected != null) {
            viewer.editElement(selected, 0);
        }
    }

    private void deleteSelected() {
        List<EObject> selected = viewer.getStructuredSelection().stream()
                .filter(o -> o instanceof Column || o instanceof Site).map(EObject.class::cast).toList();
        session.execute(ColumnCommands.delete(session.domain(), selected));
    }

    private void moveSelected(int delta) {
        if (viewer.getStructuredSelection().getFirstElement() instanceof Column column) {
            session.execute(ColumnCommands.move(session.domain(), column, delta));
        }
    }
}
