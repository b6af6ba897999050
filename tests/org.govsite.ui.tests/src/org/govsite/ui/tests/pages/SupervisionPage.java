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
import org.govsite.ui.WidgetIds;

/** Page object of the supervision report's part (监管年度报表), by widget id. */
public final class SupervisionPage {

    private final Control root;

    public SupervisionPage(Control root) {
        this.root = root;
    }

    /** Chooses a year as the spinner's arrows would. */
    public void year(int year) {
        Spinner spinner = Widgets.find(root, "supervision.year", Spinner.class);
        spinner.setSelection(year);
        spinner.notifyListeners(SWT.Selection, new Event());
    }

    public int year() {
        return Widgets.find(root, "supervision.year", Spinner.class).getSelection();
    }

    /** The spot-check table: 时间, 抽查网站数, 不合格网站数, 抽查比例 of each row, joined by "|". */
    public List<String> checks() {
        return rows("supervision.checks", 4);
    }

    /** The problems' messages. */
    public List<String> problems() {
        return Arrays.stream(table("supervision.problems").getItems()).map(i -> i.getText(1)).toList();
    }

    public Text count(String item) {
        return Widgets.find(root, "supervision.count." + item, Text.class);
    }

    public Text filler() {
        return Widgets.find(root, "supervision.filler", Text.class);
    }

    public void type(String item, String value) {
        Widgets.type(count(item), value);
    }

    /** The validation problem shown beside a count, or null. */
    public String problemOf(String item) {
        return (String) count(item).getData(WidgetIds.PROBLEM_KEY);
    }

    /** Chooses the quarter (1 to 4) of the sample and presses 提议样本. */
    public void propose(int quarter) {
        Combo combo = Widgets.find(root, "supervision.quarter", Combo.class);
        combo.select(quarter - 1);
        combo.notifyListeners(SWT.Selection, new Event());
        press("propose");
    }

    /** The sample's rows: site name|host. */
    public List<String> sample() {
        return rows("supervision.sample", 2);
    }

    public String sampleSummary() {
        return Widgets.find(root, "supervision.sampleSummary", Label.class).getText();
    }

    public String status() {
        return Widgets.find(root, "supervision.status", Label.class).getText();
    }

    /** Presses {@code supervision.<id>}: propose, auditSample, export. */
    public void press(String id) {
        Widgets.press(root, "supervision." + id);
    }

    private List<String> rows(String id, int columns) {
        return Arrays.stream(table(id).getItems()).map(item -> row(item, columns)).toList();
    }

    private static String row(TableItem item, int columns) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            row.append(c == 0 ? "" : "|").append(item.getText(c));
        }
        return row.toString();
    }

    private Table table(String id) {
        return Widgets.find(root, id, Table.class);
    }
}
