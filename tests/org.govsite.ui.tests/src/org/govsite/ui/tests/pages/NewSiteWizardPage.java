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

/** Page object of the New Site wizard dialog, found among the display's shells. */
public final class NewSiteWizardPage {

    private final Shell shell;

    private NewSiteWizardPage(Shell shell) {
        this.shell = shell;
    }

    public static NewSiteWizardPage find(Display display) {
        Shell shell = Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.getData() instanceof WizardDialog)
                .findFirst().orElseThrow(() -> new AssertionError("the New Site wizard is not open"));
        return new NewSiteWizardPage(shell);
    }

    public boolean isOpen() {
        return !shell.isDisposed();
    }

    public void chooseKind(int index) {
        choose("wizard.kind", index);
    }

    public void chooseLevel(int index) {
        choose("wizard.level", index);
    }

    public void newOrganisation(String name, String divisionCode) {
        Button radio = Widgets.find(shell, "wizard.orgNew", Button.class);
        Widgets.find(shell, "wizard.orgExisting", Button.class).setSelection(false);
        radio.setSelection(true);
        radio.notifyListeners(SWT.Selection, new Event());
        Widgets.find(shell, "wizard.orgExisting", Button.class).notifyListeners(SWT.Selection, new Event());
        Widgets.type(Widgets.find(shell, "wizard.orgName", Text.class), name);
        Widgets.type(Widgets.find(shell, "wizard.orgCode", Text.class), divisionCode);
    }

    public void next() {
        press("wizard.next");
    }

    public void name(String value) {
        Widgets.type(Widgets.find(shell, "wizard.name", Text.class), value);
    }

    public void domain(String value) {
        Widgets.type(Widgets.find(shell, "wizard.domain", Text.class), value);
    }

    public void idCode(String value) {
        Widgets.type(Widgets.find(shell, "wizard.idCode", Text.class), value);
    }

    /** The error message the dialog shows for the current page, or null. */
    public String errorMessage() {
        return ((WizardDialog) shell.getData()).getCurrentPage().getErrorMessage();
    }

    public boolean canFinish() {
        return Widgets.find(shell, "wizard.finish", Button.class).isEnabled();
    }

    public boolean canGoNext() {
        return Widgets.find(shell, "wizard.next", Button.class).isEnabled();
    }

    public void finish() {
        press("wizard.finish");
    }

    public void cancel() {
        press("wizard.cancel");
    }

    private void press(String id) {
        Button button = Widgets.find(shell, id, Button.class);
        if (!button.isEnabled()) {
            throw new AssertionError(id + " is disabled: " + errorMessage());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    private void choose(String id, int index) {
        Combo combo = Widgets.find(shell, id, Combo.class);
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }
}
