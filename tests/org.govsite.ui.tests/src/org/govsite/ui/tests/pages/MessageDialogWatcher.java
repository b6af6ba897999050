package org.govsite.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Watches for message dialogs (which block in their own event loop), records what they say and closes their
 * window as the user would with the title bar's close button (which answers none of the dialog's buttons).
 */
public final class MessageDialogWatcher {

    private final Display display;
    private final List<String> shown = new ArrayList<>();
    private boolean watching = true;

    public MessageDialogWatcher(Display display) {
        this.display = display;
        display.timerExec(50, this::poll);
    }

    /** The texts of the dialogs seen so far (title and labels of each, joined by newlines). */
    public List<String> shown() {
        return shown;
    }

    public void stop() {
        watching = false;
    }

    private void poll() {
        if (!watching || display.isDisposed()) {
            return;
        }
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.getData() instanceof MessageDialog) {
                List<String> texts = new ArrayList<>(List.of(shell.getText()));
                labels(shell, texts);
                shown.add(String.join("\n", texts));
                shell.close();
            }
        }
        display.timerExec(50, this::poll);
    }

    private static void labels(Control control, List<String> texts) {
        if (control instanceof Label label && !label.getText().isEmpty()) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                labels(child, texts);
            }
        }
    }
}
