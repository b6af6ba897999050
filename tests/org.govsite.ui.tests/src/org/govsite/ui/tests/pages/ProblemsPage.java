package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Page object of the Problems view. */
public final class ProblemsPage {

    /** One row as shown: severity, message, rule id, object path. */
    public record Row(String severity, String message, String rule, String path) {
    }

    private final Table table;

    public ProblemsPage(Control root) {
        table = Widgets.find(root, "problems.table", Table.class);
    }

    public List<Row> rows() {
        return Arrays.stream(table.getItems()).map(i -> new Row(i.getText(0), i.getText(1), i.getText(2), i.getText(3))).toList();
    }

    /** Waits (running the event loop) until the view shows a row matching {@code condition}, and returns it. */
    public Row waitForRow(Predicate<Row> condition) {
        Row[] found = new Row[1];
        Widgets.waitUntil(table.getDisplay(), 10_000, () -> {
            found[0] = rows().stream().filter(condition).findFirst().orElse(null);
            return found[0] != null;
        }, "a matching problem row");
        return found[0];
    }

    public void waitForNoRow(Predicate<Row> condition) {
        Widgets.waitUntil(table.getDisplay(), 10_000, () -> rows().stream().noneMatch(condition), "the problem row to go");
    }

    public void open(Row row) {
        int index = rows().indexOf(row);
        TableItem item = table.getItem(index);
        table.setSelection(index);
        Event event = new Event();
        event.item = item;
        table.notifyListeners(SWT.Selection, event);
        table.notifyListeners(SWT.DefaultSelection, event);
    }
}
