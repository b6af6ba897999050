package org.govsite.ui.tests.pages;

import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.govsite.ui.edit.DropPosition;

/** Page object of the Platform Explorer: tree items are addressed by the path of their labels. */
public final class ExplorerPage {

    private final TreeDriver tree;
    private final Text filter;
    private final Label status;

    public ExplorerPage(Control root) {
        tree = new TreeDriver(Widgets.find(root, "explorer.tree", Tree.class), "explorer");
        filter = Widgets.find(root, "explorer.filter", Text.class);
        status = Widgets.find(root, "explorer.status", Label.class);
    }

    public Tree tree() {
        return tree.tree();
    }

    /** Types a filter and waits past the typing pause until the tree shows its result. */
    /** Types a filter, waits out the typing pause and lets the explorer expand the matches into view. */
    public void filter(String text) {
        Widgets.type(filter, text);
        Widgets.spin(filter.getDisplay(), 400);
        Widgets.drain(filter.getDisplay());
    }

    /** Types a filter and presses Enter, which applies it at once. */
    public void filterNow(String text) {
        Widgets.type(filter, text);
        Widgets.enter(filter);
    }

    public String status() {
        return status.getText();
    }

    public TreeItem item(String... path) {
        return tree.item(path);
    }

    public boolean has(String... path) {
        return tree.has(path);
    }

    public List<String> children(String... path) {
        return tree.children(path);
    }

    /** The items the tree currently shows under an expanded item, without expanding anything. */
    public List<TreeItem> shownChildren(TreeItem item) {
        return item.getExpanded() ? List.of(item.getItems()) : List.of();
    }

    public void select(String... path) {
        tree.select(path);
    }

    public void open(String... path) {
        tree.open(path);
    }

    public void menu(String id) {
        tree.menu(id);
    }

    public boolean menuEnabled(String id) {
        return tree.menuEnabled(id);
    }

    public Text renameEditor() {
        return tree.renameEditor();
    }

    public void rename(String newName, String... path) {
        tree.rename(newName, path);
    }

    public boolean drag(String[] from, String[] to, DropPosition position) {
        return tree.drag(from, to, position);
    }
}
