package org.govsite.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** Controls that run an action, tagged with their GovSite id ({@link WidgetIds}), and a dialog's OK and Cancel. */
public final class Controls {

    private Controls() {
    }

    /** @return a push button {@code id} showing {@code text} that runs {@code action} when pressed */
    public static Button push(Composite parent, String id, String text, Runnable action) {
        Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** @return a menu item {@code id} showing {@code text} that runs {@code action} when chosen */
    public static MenuItem menuItem(Menu menu, String id, String text, Runnable action) {
        MenuItem item = WidgetIds.tag(new MenuItem(menu, SWT.PUSH), id);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    /** Tags a dialog's OK and Cancel buttons {@code id.ok} and {@code id.cancel} and gives them GovSite's texts. */
    public static void okCancel(Button ok, Button cancel, String id) {
        WidgetIds.tag(ok, id + ".ok").setText(Messages.Button_ok); //$NON-NLS-1$
        WidgetIds.tag(cancel, id + ".cancel").setText(Messages.Button_cancel); //$NON-NLS-1$
    }
}
