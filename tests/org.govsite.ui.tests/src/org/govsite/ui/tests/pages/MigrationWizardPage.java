package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** Page object of the migration wizard dialog, found among the display's shells by its source page. */
public final class MigrationWizardPage {

    private final Shell shell;

    private MigrationWizardPage(Shell shell) {
        this.shell = shell;
    }

    public static MigrationWizardPage find(Display display) {
        return new MigrationWizardPage(Widgets.shellWith(display, "migration.site"));
    }

    public boolean isOpen() {
        return !shell.isDisposed();
    }

    public void type(String id, String value) {
        Widgets.type(Widgets.find(shell, id, Text.class), value);
    }

    public String text(String id) {
        return Widgets.find(shell, id, Text.class).getText();
    }

    public String label(String id) {
        return Widgets.find(shell, id, Label.class).getText();
    }

    public void choose(String id, int index) {
        Combo combo = Widgets.find(shell, id, Combo.class);
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    public String[] items(String id) {
        return Widgets.find(shell, id, Combo.class).getItems();
    }

    public void check(String id, boolean checked) {
        Button box = Widgets.find(shell, id, Button.class);
        box.setSelection(checked);
        box.notifyListeners(SWT.Selection, new Event());
    }

    /** The items of the list {@code id}. */
    public List<String> list(String id) {
        return List.of(Widgets.find(shell, id, org.eclipse.swt.widgets.List.class).getItems());
    }

    /** Selects the item of the list {@code id} that contains {@code part}. */
    public void select(String id, String part) {
        org.eclipse.swt.widgets.List list = Widgets.find(shell, id, org.eclipse.swt.widgets.List.class);
        int index = Arrays.asList(list.getItems()).indexOf(
                Arrays.stream(list.getItems()).filter(i -> i.contains(part)).findFirst().orElseThrow(
                        () -> new AssertionError(part + " not in " + Arrays.toString(list.getItems()))));
        list.select(index);
        list.notifyListeners(SWT.Selection, new Event());
    }

    /** The rows of the table {@code id}, each its cells. */
    public List<List<String>> rows(String id) {
        Table table = Widgets.find(shell, id, Table.class);
        return Arrays.stream(table.getItems()).map(item -> cells(item, table.getColumnCount())).toList();
    }

    static List<String> cells(TableItem item, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(item::getText).toList();
    }

    public boolean isEnabled(String id) {
        return Widgets.find(shell, id, Button.class).isEnabled();
    }

    public String errorMessage() {
        return ((WizardDialog) shell.getData()).getCurrentPage().getErrorMessage();
    }

    /** @return the current page's message (a warning, say), or null */
    public String message() {
        return ((WizardDialog) shell.getData()).getCurrentPage().getMessage();
    }

    public String pageName() {
        return ((WizardDialog) shell.getData()).getCurrentPage().getName();
    }

    /** Presses a button of a page or of the dialog ({@code wizard.next}, ...); fails when it is disabled. */
    public void press(String id) {
        Button button = Widgets.find(shell, id, Button.class);
        if (!button.isEnabled()) {
            throw new AssertionError(id + " is disabled: " + errorMessage());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }
}
