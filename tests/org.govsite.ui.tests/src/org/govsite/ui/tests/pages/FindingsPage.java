package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Page object of the Findings view (审计发现). */
public final class FindingsPage {

    /** One row as shown: severity, rule, site, page, target, evidence, message, decision. */
    public record Row(String severity, String rule, String site, String page, String target, String evidence,
            String message, String decision) {
    }

    private final Control root;
    private final Table table;

    public FindingsPage(Control root) {
        this.root = root;
        table = Widgets.find(root, "findings.table", Table.class);
    }

    /** The rows shown (a virtual table: reading an item's text makes the view fill it in). */
    public List<Row> rows() {
        return Arrays.stream(table.getItems()).map(i -> new Row(i.getText(0), i.getText(1), i.getText(2), i.getText(3),
                i.getText(4), i.getText(5), i.getText(6), i.getText(7))).toList();
    }

    /** The number of rows of the table (without filling them in). */
    public int itemCount() {
        return table.getItemCount();
    }

    /** The number of rows the view has filled in so far (a lazy table fills in what is shown). */
    public long itemsFilledIn() {
        return Arrays.stream(table.getItems()).filter(item -> item.getData() != null).count();
    }

    public String summary() {
        return Widgets.find(root, "findings.summary", Label.class).getText();
    }

    /** Waits (running the event loop) until the rows shown satisfy {@code condition}. */
    public List<Row> waitForRows(Predicate<List<Row>> condition, String what) {
        Widgets.waitUntil(table.getDisplay(), 60_000, () -> condition.test(rows()), what);
        return rows();
    }

    /** The items a filter combo ({@code site}, {@code rule}, {@code severity}) offers. */
    public List<String> filterItems(String filter) {
        return List.of(combo(filter).getItems());
    }

    /** Chooses the item showing {@code text} in a filter combo, as the user would. */
    public void filter(String filter, String text) {
        Combo combo = combo(filter);
        int index = Arrays.asList(combo.getItems()).indexOf(text);
        if (index < 0) {
            throw new AssertionError(filter + " offers no " + text + ": " + Arrays.toString(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private Combo combo(String filter) {
        return Widgets.find(root, "findings." + filter, Combo.class);
    }

    /** Selects the row (as a click would). */
    public void select(Row row) {
        int index = rows().indexOf(row);
        if (index < 0) {
            throw new AssertionError("no row " + row);
        }
        table.setSelection(index);
        Event event = new Event();
        event.item = table.getItem(index);
        table.notifyListeners(SWT.Selection, event);
    }

    /** Double-clicks the row. */
    public void open(Row row) {
        select(row);
        Event event = new Event();
        event.item = table.getItem(rows().indexOf(row));
        table.notifyListeners(SWT.DefaultSelection, event);
    }

    /** Presses a button of the view: {@code open}, {@code accept}, {@code falseAlarm}, {@code reopen}, {@code diff}. */
    public void press(String button) {
        Widgets.press(root, "findings." + button);
    }
}
