package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Page object of the Connections view (and the status bar's connection states). */
public final class ConnectionsPage {

    /** Column indexes of the table. */
    public static final int NAME = 0, LEVEL = 1, STATE = 2, URL = 3, OPERATOR = 4, FINGERPRINT = 5;

    private final Control root;

    public ConnectionsPage(Control root) {
        this.root = root;
    }

    public List<String> names() {
        return Arrays.stream(table().getItems()).map(item -> item.getText(NAME)).toList();
    }

    /** The text of one column of the named connection's row. */
    public String cell(String name, int column) {
        return row(name).getText(column);
    }

    public String summary() {
        return Widgets.find(root, "connections.summary", Label.class).getText();
    }

    /** What the last save of a platform opened from a replica reported. */
    public String saveStatus() {
        return Widgets.find(root, "connections.status", Label.class).getText();
    }

    public String statusBar() {
        return Widgets.find(root, "status.connections", Label.class).getText();
    }

    public void select(String name) {
        Table table = table();
        TableItem item = row(name);
        table.setSelection(item);
        Event event = new Event();
        event.item = item;
        table.notifyListeners(SWT.Selection, event);
    }

    /** Presses one of the view's buttons: {@code new}, {@code connect}, {@code login}, {@code sync}, {@code open},
     * {@code disconnect}, {@code delete}. */
    public void press(String action) {
        Button button = Widgets.find(root, "connections." + action, Button.class);
        button.notifyListeners(SWT.Selection, new Event());
    }

    private TableItem row(String name) {
        return Arrays.stream(table().getItems()).filter(item -> item.getText(NAME).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no connection " + name + " in " + names()));
    }

    private Table table() {
        return Widgets.find(root, "connections.table", Table.class);
    }
}
