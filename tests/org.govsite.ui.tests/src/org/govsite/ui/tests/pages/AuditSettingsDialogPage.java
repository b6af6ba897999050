package org.govsite.ui.tests.pages;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;

/** Page object of 审计设置 Audit Settings. */
public final class AuditSettingsDialogPage {

    private final Shell shell;

    private AuditSettingsDialogPage(Shell shell) {
        this.shell = shell;
    }

    public static AuditSettingsDialogPage find(Display display) {
        return new AuditSettingsDialogPage(Widgets.shellWith(display, "auditSettings.words"));
    }

    public String title() {
        return shell.getText();
    }

    /**
     * Types into a field, on its tab, which it selects first as a user would: {@code words}, {@code typos},
     * {@code governmentHosts}, {@code leavePrompts}, {@code softBlocked}, {@code caCertificates}, {@code maxPages},
     * {@code loadBudget}, {@code homeMaxAge}, {@code categories}.
     */
    public void type(String field, String value) {
        Text text = text(field);
        select(text);
        Widgets.type(text, value);
    }

    /** Selects the tab holding {@code control}. */
    private void select(Control control) {
        TabFolder tabs = Widgets.find(shell, "auditSettings.tabs", TabFolder.class);
        for (TabItem item : tabs.getItems()) {
            for (Control c = control; c != null; c = c.getParent()) {
                if (c == item.getControl()) {
                    tabs.setSelection(item);
                    tabs.notifyListeners(SWT.Selection, new Event());
                    if (!control.isVisible()) {
                        throw new AssertionError("the field is not shown on its tab " + item.getText());
                    }
                    return;
                }
            }
        }
        throw new AssertionError("no tab holds the field");
    }

    /** The text of a field, as shown. */
    public String value(String field) {
        return text(field).getText();
    }

    /** Ticks or clears a check box: {@code robots}, {@code sitemaps}. */
    public void check(String box, boolean value) {
        Button button = Widgets.find(shell, "auditSettings." + box, Button.class);
        select(button);
        button.setSelection(value);
        button.notifyListeners(SWT.Selection, new Event());
    }

    public boolean checked(String box) {
        return Widgets.find(shell, "auditSettings." + box, Button.class).getSelection();
    }

    /** The problems OK found, one a line; empty when none. */
    public String error() {
        return Widgets.find(shell, "auditSettings.error", Label.class).getText();
    }

    public boolean isOpen() {
        return !shell.isDisposed();
    }

    public void ok() {
        Widgets.press(shell, "auditSettings.ok");
    }

    private Text text(String field) {
        return Widgets.find(shell, "auditSettings." + field, Text.class);
    }
}
