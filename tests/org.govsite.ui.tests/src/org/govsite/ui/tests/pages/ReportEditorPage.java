package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.govsite.report.ReportRow;
import org.govsite.ui.WidgetIds;

/** Page object of the annual report editor: rows addressed by their {@link ReportRow}. */
public final class ReportEditorPage {

    private final Control root;

    public ReportEditorPage(Control root) {
        this.root = root;
    }

    public Combo site() {
        return Widgets.find(root, "report.site", Combo.class);
    }

    public int year() {
        return Widgets.find(root, "report.year", Spinner.class).getSelection();
    }

    /** Chooses another year as the spinner's arrows would. */
    public void chooseYear(int year) {
        Spinner spinner = Widgets.find(root, "report.year", Spinner.class);
        spinner.setSelection(year);
        spinner.notifyListeners(SWT.Selection, new Event());
    }

    public void chooseSite(int index) {
        Combo combo = site();
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    public Control field(ReportRow row) {
        return Widgets.find(root, "report.row." + row.name(), Control.class);
    }

    /** What a row shows: a text's text or a combo's chosen item. */
    public String text(ReportRow row) {
        Control field = field(row);
        return field instanceof Combo combo ? combo.getText() : ((Text) field).getText();
    }

    public boolean editable(ReportRow row) {
        Control field = field(row);
        return field instanceof Combo || (((Text) field).getStyle() & SWT.READ_ONLY) == 0;
    }

    public void type(ReportRow row, String value) {
        Widgets.type((Text) field(row), value);
    }

    /** Chooses a combo row's item by its text (是, 否, 门户网站, ...). */
    public void choose(ReportRow row, String item) {
        Combo combo = (Combo) field(row);
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        if (index < 0) {
            throw new AssertionError(item + " is not an item of " + row + ": " + Arrays.toString(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** The problems' messages shown beside a row, or null. */
    public String problem(ReportRow row) {
        return (String) field(row).getData(WidgetIds.PROBLEM_KEY);
    }

    /** The problems table's rows: severity, row, message, check. */
    public List<List<String>> problems() {
        Table table = Widgets.find(root, "report.problems", Table.class);
        return Arrays.stream(table.getItems()).map(item -> List.of(item.getText(0), item.getText(1), item.getText(2),
                item.getText(3))).toList();
    }

    /** Double-clicks the problems table's row {@code index}. */
    public void openProblem(int index) {
        Table table = Widgets.find(root, "report.problems", Table.class);
        table.setSelection(index);
        TableItem item = table.getItem(index);
        Event event = new Event();
        event.item = item;
        table.notifyListeners(SWT.Selection, event);
        table.notifyListeners(SWT.DefaultSelection, event);
    }

    public String status() {
        return Widgets.find(root, "report.status", Label.class).getText();
    }

    public String source() {
        return Widgets.find(root, "report.source", Label.class).getText();
    }

    public void press(String id) {
        Widgets.press(root, "report." + id);
    }
}
