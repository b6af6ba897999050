package org.govsite.ui.audit;

import java.math.BigDecimal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.ui.WidgetIds;

/**
 * The fields of 审计设置's tabs (a label beside each, widget ids {@code auditSettings.<id>}) and the numbers typed into
 * them.
 */
final class SettingsFields {

    private SettingsFields() {
    }

    /** @return a field of several lines */
    static Text lines(Composite area, String label, String id, String value) {
        new Label(area, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL), "auditSettings." + id); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 420;
        data.heightHint = 90;
        text.setLayoutData(data);
        text.setText(value);
        return text;
    }

    /** @return a field of one line */
    static Text field(Composite area, String label, String id, String value) {
        new Label(area, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(area, SWT.BORDER), "auditSettings." + id); //$NON-NLS-1$
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setText(value);
        return text;
    }

    /** @return a check box over both columns */
    static Button check(Composite area, String label, String id, boolean value) {
        Button button = WidgetIds.tag(new Button(area, SWT.CHECK), "auditSettings." + id); //$NON-NLS-1$
        button.setText(label);
        button.setSelection(value);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return button;
    }

    /** @return {@code value} as a user types it: {@code 0.1}, {@code 60} */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** @return the whole number typed, 0 when it is none */
    static int whole(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @return the number typed, NaN when it is none */
    static double decimal(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** @return the finite number typed, 0 when it is none */
    static double seconds(String text) {
        double value = decimal(text);
        return Double.isFinite(value) ? value : 0;
    }
}
