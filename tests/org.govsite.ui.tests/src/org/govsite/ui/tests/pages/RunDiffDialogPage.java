package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/** Page object of the run diff dialog (比较审计). */
public final class RunDiffDialogPage {

    /** One row as shown: status, rule, page, target, evidence. */
    public record Row(String status, String rule, String page, String target, String evidence) {
    }

    private final Shell shell;

    private RunDiffDialogPage(Shell shell) {
        this.shell = shell;
    }

    public static RunDiffDialogPage find(Display display) {
        return new RunDiffDialogPage(Widgets.shellWith(display, "diff.table"));
    }

    public String summary() {
        return Widgets.find(shell, "diff.summary", Label.class).getText();
    }

    /** The runs offered and the one chosen, for {@code earlier} or {@code later}. */
    public String chosen(String which) {
        return Widgets.find(shell, "diff." + which, Combo.class).getText();
    }

    public List<Row> rows() {
        Table table = Widgets.find(shell, "diff.table", Table.class);
        return Arrays.stream(table.getItems())
                .map(i -> new Row(i.getText(0), i.getText(1), i.getText(2), i.getText(3), i.getText(4))).toList();
    }

    public void close() {
        Widgets.press(shell, "diff.close");
    }
}
