package org.govsite.ui.tests.pages;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Page object of the login dialog (password and/or key passphrase, remember). */
public final class LoginDialogPage {

    private final Shell shell;

    private LoginDialogPage(Shell shell) {
        this.shell = shell;
    }

    public static LoginDialogPage find(Display display) {
        return new LoginDialogPage(Widgets.shellWith(display, "login.ok"));
    }

    /** The password field, empty when secure storage held the password. */
    public Optional<Text> field(String id) {
        try {
            return Optional.of(Widgets.find(shell, id, Text.class));
        } catch (AssertionError absent) {
            return Optional.empty();
        }
    }

    public void type(String id, String value) {
        Widgets.type(field(id).orElseThrow(() -> new AssertionError("no field " + id)), value);
    }

    public void remember(boolean remember) {
        Button box = Widgets.find(shell, "login.remember", Button.class);
        box.setSelection(remember);
        box.notifyListeners(SWT.Selection, new Event());
    }

    public void ok() {
        Widgets.find(shell, "login.ok", Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
