package org.govsite.ui.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.govsite.report.ReportRow;
import org.govsite.report.ReportTexts;
import org.govsite.report.RowKind;
import org.govsite.report.SiteType;
import org.govsite.ui.WidgetIds;

/**
 * One row's value on the report editor: a read-only text for the platform's and the logs' rows; for rows entered by
 * hand a text field, or a combo for flags (是/否) and the site type, holding the text the operator entered (the
 * combo's first, empty item: nothing entered). The row's problems show as a decoration and in the control's data
 * {@link WidgetIds#PROBLEM_KEY}. Widget id {@code report.row.<ROW>}.
 */
final class RowField {
    private final ReportRow row;
    private final Control control;
    /** For a combo: the text entered that each item stands for. */
    private final List<String> values = new ArrayList<>();
    private final ControlDecoration decoration;

    RowField(Composite parent, ReportRow row, ReportTexts texts) {
        this.row = row;
        if (row.entered() && (row.kind() == RowKind.FLAG || row.kind() == RowKind.SITE_TYPE)) {
            Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            values.add(""); //$NON-NLS-1$
            combo.add(""); //$NON-NLS-1$
            if (row.kind() == RowKind.FLAG) {
                choice(combo, "true", texts.flag(true)); //$NON-NLS-1$
                choice(combo, "false", texts.flag(false)); //$NON-NLS-1$
            } else {
                Arrays.stream(SiteType.values()).forEach(type -> choice(combo, type.name(), texts.label(type)));
            }
            control = combo;
        } else {
            control = new Text(parent, SWT.BORDER | SWT.SINGLE | (row.entered() ? 0 : SWT.READ_ONLY));
        }
        WidgetIds.tag(control, "report.row." + row.name()); //$NON-NLS-1$
        decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage());
        decoration.hide();
    }

    private void choice(Combo combo, String value, String label) {
        values.add(value);
        combo.add(label);
    }

    ReportRow row() {
        return row;
    }

    Control control() {
        return control;
    }

    /** Shows a text (the text entered, or a read-only row's value) without reporting an edit. */
    void show(String text) {
        String shown = text == null ? "" : text; //$NON-NLS-1$
        if (control instanceof Combo combo) {
            int index = values.indexOf(shown);
            if (index < 0) { // a value of a file edited by hand: kept and shown as it is
                values.add(shown);
                combo.add(shown);
                index = values.size() - 1;
            }
            combo.select(index);
        } else {
            ((Text) control).setText(shown);
        }
    }

    /** The text entered (a combo's value). */
    String text() {
        if (control instanceof Combo combo) {
            return combo.getSelectionIndex() < 0 ? "" : values.get(combo.getSelectionIndex()); //$NON-NLS-1$
        }
        return ((Text) control).getText();
    }

    /** For a row overriding the platform's value: what the platform says, shown while nothing is entered. */
    void platformHint(String hint) {
        if (control instanceof Combo combo) {
            combo.setItem(0, hint);
        } else {
            ((Text) control).setMessage(hint);
        }
    }

    void onEdit(Runnable listener) {
        control.addListener(control instanceof Combo ? SWT.Selection : SWT.Modify, e -> listener.run());
    }

    /** Shows the row's problems (null: none). */
    void showProblem(String message) {
        control.setData(WidgetIds.PROBLEM_KEY, message);
        if (message == null) {
            decoration.hide();
        } else {
            decoration.setDescriptionText(message);
            decoration.show();
        }
    }
}
