package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.govsite.ui.edit.ColumnDnd;
import org.govsite.ui.edit.DropPosition;

/**
 * Drives a column tree (the explorer's or a site editor's): items are addressed by the path of their labels;
 * its menu entries and inline editor have ids {@code <prefix>.menu.*} and {@code <prefix>.rename}.
 */
public final class TreeDriver {

    private final Tree tree;
    private final String prefix;

    public TreeDriver(Tree tree, String prefix) {
        this.tree = tree;
        this.prefix = prefix;
    }

    public Tree tree() {
        return tree;
    }

    /** The item at a label path from the tree's top, expanding the way there (as clicking the expanders does). */
    public TreeItem item(String... path) {
        TreeItem[] items = tree.getItems();
        TreeItem found = null;
        for (String label : path) {
            if (found != null) {
                expanded(found);
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

    public TreeItem expanded(TreeItem item) {
        if (!item.getExpanded()) {
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Expand, event);
            item.setExpanded(true);
        }
        return item;
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

    /** Chooses a context menu entry ({@code <prefix>.menu.<id>}) on the selected item. */
    public void menu(String id) {
        Widgets.click(Widgets.menuItem(tree.getMenu(), prefix + ".menu." + id));
    }

    public boolean menuEnabled(String id) {
        return Widgets.menuItem(tree.getMenu(), prefix + ".menu." + id).isEnabled();
    }

    /** The inline rename editor, which must be showing. */
    public Text renameEditor() {
        Text editor = Widgets.find(tree, prefix + ".rename", Text.class);
        if (!editor.isVisible()) {
            throw new AssertionError("the rename editor is not shown");
        }
        return editor;
    }

    /** Renames an item through the context menu and the inline cell editor, confirming with Enter. */
    public void rename(String newName, String... path) {
        select(path);
        menu("rename");
        Text editor = renameEditor();
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
