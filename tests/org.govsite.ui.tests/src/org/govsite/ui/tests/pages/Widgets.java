package org.govsite.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.govsite.ui.WidgetIds;

/** Finds widgets by their GovSite id and drives them with the events a user's input would send. */
public final class Widgets {

    private Widgets() {
    }

    public static <W extends Widget> W find(Control root, String id, Class<W> type) {
        List<W> found = new ArrayList<>();
        collect(root, id, type, found);
        if (found.isEmpty()) {
            throw new AssertionError("no widget with id " + id);
        }
        return found.get(0);
    }

    public static <W extends Widget> W findInShells(Display display, String id, Class<W> type) {
        for (Shell shell : display.getShells()) {
            List<W> found = new ArrayList<>();
            collect(shell, id, type, found);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new AssertionError("no widget with id " + id + " in any shell");
    }

    /** The open shell holding a widget with GovSite id {@code id} (a dialog's). */
    public static Shell shellWith(Display display, String id) {
        for (Shell shell : display.getShells()) {
            List<Widget> found = new ArrayList<>();
            if (!shell.isDisposed()) {
                collect(shell, id, Widget.class, found);
            }
            if (!found.isEmpty()) {
                return shell;
            }
        }
        throw new AssertionError("no open shell has a widget " + id);
    }

    private static <W extends Widget> void collect(Control control, String id, Class<W> type, List<W> found) {
        if (id.equals(control.getData(WidgetIds.KEY)) && type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, id, type, found);
            }
        }
    }

    public static MenuItem menuItem(Menu menu, String id) {
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getData(WidgetIds.KEY))) {
                return item;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    public static void click(MenuItem item) {
        if (!item.isEnabled()) {
            throw new AssertionError("menu item disabled: " + item.getData(WidgetIds.KEY));
        }
        item.notifyListeners(SWT.Selection, new Event());
    }

    /** Types into a text field: sets its text (which sends Modify) as the keyboard would. */
    public static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.Modify, new Event());
    }

    /** Presses the button with GovSite id {@code id} under {@code root}; fails when it is disabled. */
    public static void press(Control root, String id) {
        Button button = find(root, id, Button.class);
        if (!button.isEnabled()) {
            throw new AssertionError(id + " is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Answers the open message dialog (confirmations) with the button showing {@code text}. */
    public static void answerMessageDialog(Display display, String text) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.getData() instanceof MessageDialog) {
                for (Button button : buttons(shell)) {
                    if (text.equals(button.getText())) {
                        button.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no message dialog with a button " + text);
    }

    private static List<Button> buttons(Control root) {
        List<Button> found = new ArrayList<>();
        if (root instanceof Button button) {
            found.add(button);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(buttons(child));
            }
        }
        return found;
    }

    public static void enter(Text text) {
        text.notifyListeners(SWT.DefaultSelection, new Event());
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code timeoutMs}. */
    public static void waitUntil(Display display, long timeoutMs, BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Runs the event loop for {@code ms} milliseconds. */
    /** Runs the event loop until nothing is left to do. */
    public static void drain(Display display) {
        while (display.readAndDispatch()) {
            // dispatching
        }
    }

    public static void spin(Display display, long ms) {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
