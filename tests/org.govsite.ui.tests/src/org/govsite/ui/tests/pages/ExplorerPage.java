package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.govsite.ui.edit.ColumnDnd;
import org.govsite.ui.edit.DropPosition;

/** Page object of the Platform Explorer: tree items are addressed by the path of their labels. */
public final class ExplorerPage {

    private final Tree tree;
    private final Text filter;
    private final Label status;

    public ExplorerPage(Control root) {
        tree = Widgets.find(root, "explorer.tree", Tree.class);
        filter = Widgets.find(root, "explorer.filter", Text.class);
        status = Widgets.find(root, "explorer.status", Label.class);
    }

    public Tree tree() {
        return tree;
    }

    /** Types a filter and waits past the typing pause until the tree shows its result. */
    public void filter(String text) {
        Widgets.type(filter, text);
        Widgets.spin(tree.getDisplay(), 400);
    }

    /** Types a filter and presses Enter, which applies it at once; returns how long applying took (ms). */
    public long filterNow(String text) {
        Widgets.type(filter, text);
        long start = System.nanoTime();
        Widgets.enter(filter);
        return (System.nanoTime() - start) / 1_000_000;
    }

    public String status() {
        return status.getText();
    }

    /** The item at a label path from the tree's top, expanding the way there (as clicking the expanders does). */
    public TreeItem item(String... path) {
        TreeItem[] items = tree.getItems();
        TreeItem found = null;
        for (String label : path) {
            if (found != null) {
                expand(found);
                items = found.getItems();
            }
            found = Arrays.stream(items).filter(i -> label.equals(i.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + label + " in " + Arrays.toString(path)));
        }
        return found;
    }

    public boolean has(String... path) {
        try {
            item(path);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    public List<String> children(String... path) {
        TreeItem[] items = path.length == 0 ? tree.getItems() : expanded(item(path)).getItems();
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }

    /** Labels of the children the tree currently shows expanded, without expanding anything. */
    public List<TreeItem> shownChildren(TreeItem item) {
        return item.getExpanded() ? Arrays.asList(item.getItems()) : List.of();
    }

    public TreeItem expanded(TreeItem item) {
        expand(item);
        return item;
    }

    private void expand(TreeItem item) {
        if (!item.getExpanded()) {
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Expand, event);
            item.setExpanded(true);
        }
    }

    public void select(String... path) {
        TreeItem item = item(path);
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
    }

    /** Double-clicks (default selection) an item. */
    public void open(String... path) {
        select(path);
        Event event = new Event();
        event.item = item(path);
        tree.notifyListeners(SWT.DefaultSelection, event);
    }

    /** Chooses a context menu entry ({@code explorer.menu.<id>}) on the selected item. */
    public void menu(String id) {
        Widgets.click(Widgets.menuItem(tree.getMenu(), "explorer.menu." + id));
    }

    /** Renames an item through the context menu and the inline cell editor, confirming with Enter. */
    public void rename(String newName, String... path) {
        select(path);
        menu("rename");
        Text editor = Widgets.find(tree, "explorer.rename", Text.class);
        if (!editor.isVisible()) {
            throw new AssertionError("the rename editor is not shown");
        }
        editor.setText(newName);
        Widgets.enter(editor);
    }

    /** Drags the item at {@code from} and drops it at {@code position} of the item at {@code to} (same path as DnD). */
    public boolean drag(String[] from, String[] to, DropPosition position) {
        select(from);
        ColumnDnd dnd = (ColumnDnd) tree.getData(ColumnDnd.DATA_KEY);
        if (!dnd.begin()) {
            return false;
        }
        Object target = item(to).getData();
        return dnd.canDrop(target, position) && dnd.drop(target, position);
    }
}
