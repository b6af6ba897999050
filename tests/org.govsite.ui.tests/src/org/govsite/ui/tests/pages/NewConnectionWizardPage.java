package org.govsite.ui.tests.pages;

import java.util.Arrays;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Page object of the New Connection wizard dialog, found among the display's shells. */
public final class NewConnectionWizardPage {

    private final Shell shell;

    private NewConnectionWizardPage(Shell shell) {
        this.shell = shell;
    }

    public static NewConnectionWizardPage find(Display display) {
        Shell shell = Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.getData() instanceof WizardDialog)
                .findFirst().orElseThrow(() -> new AssertionError("the New Connection wizard is not open"));
        return new NewConnectionWizardPage(shell);
    }

    public void type(String id, String value) {
        Widgets.type(Widgets.find(shell, id, Text.class), value);
    }

    public String text(String id) {
        return Widgets.find(shell, id, Text.class).getText();
    }

    public void chooseLevel(int index) {
        Combo combo = Widgets.find(shell, "connection.level", Combo.class);
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    public void check(String id, boolean checked) {
        Button box = Widgets.find(shell, id, Button.class);
        box.setSelection(checked);
        box.notifyListeners(SWT.Selection, new Event());
    }

    public boolean isEnabled(String id) {
        return Widgets.find(shell, id, Button.class).isEnabled();
    }

    public String errorMessage() {
        return ((WizardDialog) shell.getData()).getCurrentPage().getErrorMessage();
    }

    /** Presses a button of a page ({@code key.generate}, ...) or of the dialog ({@code wizard.next}, ...). */
    public void press(String id) {
        Button button = Widgets.find(shell, id, Button.class);
        if (!button.isEnabled()) {
            throw new AssertionError(id + " is disabled: " + errorMessage());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }
}
