package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.govsite.ui.sync.RejectedDialog;

/**
 * Page object of the rejected-edit dialog. The dialog blocks in its own event loop, so a test says beforehand what to
 * do once it opens ({@link #whenOpen}).
 */
public final class RejectedDialogPage {

    private final Shell shell;

    private RejectedDialogPage(Shell shell) {
        this.shell = shell;
    }

    /** Runs {@code action} on the rejected-edit dialog as soon as it is open (looked for every 100 ms). */
    public static void whenOpen(Display display, Consumer<RejectedDialogPage> action) {
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                Shell dialog = Arrays.stream(display.getShells())
                        .filter(s -> !s.isDisposed() && s.getData() instanceof RejectedDialog).findFirst().orElse(null);
                if (dialog == null) {
                    display.timerExec(100, this);
                } else {
                    action.accept(new RejectedDialogPage(dialog));
                }
            }
        });
    }

    /** The reason shown: the error code's message, the server's detail and what the operator can do. */
    public String reason() {
        return Widgets.find(shell, "rejected.reason", Label.class).getText();
    }

    /** My value of a field as shown. */
    public String field(String name) {
        return text(name).getText();
    }

    public void type(String name, String value) {
        Widgets.type(text(name), value);
    }

    public void drop() {
        Widgets.press(shell, "rejected.drop");
    }

    public void requeue() {
        Widgets.press(shell, "rejected.requeue");
    }

    private Text text(String name) {
        return Widgets.find(shell, "rejected.mine." + name, Text.class);
    }
}
