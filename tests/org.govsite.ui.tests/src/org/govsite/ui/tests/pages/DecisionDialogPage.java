package org.govsite.ui.tests.pages;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Page object of the dialog asking a decision's reason (accept, false alarm). */
public final class DecisionDialogPage {

    private final Shell shell;

    private DecisionDialogPage(Shell shell) {
        this.shell = shell;
    }

    public static DecisionDialogPage find(Display display) {
        return new DecisionDialogPage(Widgets.shellWith(display, "decision.reason"));
    }

    public String title() {
        return shell.getText();
    }

    public boolean canConfirm() {
        return Widgets.find(shell, "decision.ok", Button.class).isEnabled();
    }

    public void reason(String reason) {
        Widgets.type(Widgets.find(shell, "decision.reason", Text.class), reason);
    }

    public void ok() {
        Widgets.press(shell, "decision.ok");
    }

    public void cancel() {
        Widgets.find(shell, "decision.cancel", Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
