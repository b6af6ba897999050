package org.govsite.ui.edit;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.govsite.model.Column;
import org.govsite.ui.session.WorkbenchSession;

/**
 * Drag and drop of one column within a tree: reorders it among its siblings or moves it under another column
 * or the site, through one undoable command; illegal drops (across sites, into itself or its descendants) are
 * refused while dragging. Tests reach it through the tree's widget data {@value #DATA_KEY}.
 */
public final class ColumnDnd {

    public static final String DATA_KEY = "org.govsite.dnd";

    private final TreeViewer viewer;
    private final WorkbenchSession session;

    private ColumnDnd(TreeViewer viewer, WorkbenchSession session) {
        this.viewer = viewer;
        this.session = session;
    }

    public static void install(TreeViewer viewer, WorkbenchSession session) {
        ColumnDnd dnd = new ColumnDnd(viewer, session);
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = dnd.begin();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, dnd.new DropAdapter());
        viewer.getControl().setData(DATA_KEY, dnd);
    }

    /** Starts a drag of the viewer's selection; false unless exactly one column is selected. */
    public boolean begin() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        boolean draggable = selection.size() == 1 && selection.getFirstElement() instanceof Column;
        LocalSelectionTransfer.getTransfer().setSelection(draggable ? selection : null);
        return draggable;
    }

    public boolean canDrop(Object target, DropPosition position) {
        Column column = dragged();
        return column != null && ColumnCommands.canDrop(column, target, position);
    }

    /** Drops the dragged column; returns whether the model changed. */
    public boolean drop(Object target, DropPosition position) {
        Column column = dragged();
        return column != null && session.execute(ColumnCommands.drop(session.domain(), column, target, position));
    }

    private static Column dragged() {
        if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
                && selection.size() == 1 && selection.getFirstElement() instanceof Column column) {
            return column;
        }
        return null;
    }

    private final class DropAdapter extends ViewerDropAdapter {

        DropAdapter() {
            super(viewer);
        }

        @Override
        public boolean validateDrop(Object target, int operation, TransferData transferType) {
            DropPosition position = position();
            return position != null && canDrop(target, position);
        }

        @Override
        public boolean performDrop(Object data) {
            DropPosition position = position();
            return position != null && ColumnDnd.this.drop(getCurrentTarget(), position);
        }

        private DropPosition position() {
            return switch (getCurrentLocation()) {
                case LOCATION_BEFORE -> DropPosition.BEFORE;
                case LOCATION_AFTER -> DropPosition.AFTER;
                case LOCATION_ON -> DropPosition.ON;
                default -> null;
            };
        }
    }
}
