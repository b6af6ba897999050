package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.govsite.ui.WidgetIds;

/** Page object of the site editor: fields are addressed by the model feature's name, e.g. "mainDomain". */
public final class SiteEditorPage {

    private final Control root;

    public SiteEditorPage(Control root) {
        this.root = root;
    }

    public Text field(String feature) {
        return Widgets.find(root, "editor." + feature, Text.class);
    }

    public String text(String feature) {
        return field(feature).getText();
    }

    public void type(String feature, String value) {
        Widgets.type(field(feature), value);
    }

    public void choose(String feature, int index) {
        Combo combo = Widgets.find(root, "editor." + feature, Combo.class);
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** The validation message shown next to a field, or null when it shows none. */
    public String problem(String feature) {
        Control control = Widgets.find(root, "editor." + feature, Control.class);
        return (String) control.getData(WidgetIds.PROBLEM_KEY);
    }

    /** The site's column tree, driven like the explorer's (menu, inline rename, drag and drop). */
    public TreeDriver columns() {
        return new TreeDriver(Widgets.find(root, "editor.columns", Tree.class), "editor.columns");
    }

    public List<String> selectedColumns() {
        Tree tree = Widgets.find(root, "editor.columns", Tree.class);
        return Arrays.stream(tree.getSelection()).map(TreeItem::getText).toList();
    }
}
