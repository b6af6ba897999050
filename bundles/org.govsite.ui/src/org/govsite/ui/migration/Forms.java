package org.govsite.ui.migration;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.ui.WidgetIds;

/** Labelled fields of the migration wizard's pages (two-column grids: label, field). */
final class Forms {

    private Forms() {
    }

    /** A label and a one-line text field (id {@code id}), {@code onChange} called with each edit. */
    static Text text(Composite parent, String id, String label, String value, Consumer<String> onChange) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(parent, SWT.BORDER), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setText(value);
        text.addListener(SWT.Modify, e -> onChange.accept(text.getText()));
        return text;
    }

    /** A label and a text of several lines, one entry per line. */
    static Text lines(Composite parent, String id, String label, List<String> value, Consumer<List<String>> onChange) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL), id);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = 48;
        text.setLayoutData(data);
        text.setText(String.join("\n", value)); //$NON-NLS-1$
        text.addListener(SWT.Modify, e -> onChange.accept(entries(text.getText())));
        return text;
    }

    /** A read-only text (a preview field). */
    static Text shown(Composite parent, String id, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(parent, SWT.BORDER | SWT.READ_ONLY | style), id);
        text.setLayoutData(new GridData(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.FILL : SWT.CENTER, true,
                (style & SWT.MULTI) != 0));
        return text;
    }

    /** @return the non-blank lines, stripped */
    static List<String> entries(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
    }
}
