package org.govsite.ui.editor;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.govsite.model.validation.Problem;
import org.govsite.ui.WidgetIds;

/**
 * One attribute of the edited object on the form: shows the model value, turns user input into a model value,
 * and shows the validation problem of its feature with a decoration (also kept in the control's data
 * {@link WidgetIds#PROBLEM_KEY}).
 */
abstract class FormField {

    /** Thrown by {@link #value()} when the input cannot become a model value; the message says why. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }

    private final EStructuralFeature feature;
    private ControlDecoration decoration;

    FormField(EStructuralFeature feature) {
        this.feature = feature;
    }

    EStructuralFeature feature() {
        return feature;
    }

    abstract Control control();

    /** Shows a model value (without reporting it as a user edit). */
    abstract void show(Object value);

    /** The model value of the current input. */
    abstract Object value() throws InputException;

    /** Calls {@code listener} whenever the user changes the input. */
    abstract void onEdit(Runnable listener);

    void decorate() {
        decoration = new ControlDecoration(control(), SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        decoration.hide();
    }

    /** @return the messages of those of {@code problems} on this field's feature, one a line; empty when none is */
    String messages(List<Problem> problems) {
        return problems.stream().filter(p -> p.feature() == feature).map(Problem::message)
                .collect(Collectors.joining("\n")); //$NON-NLS-1$
    }

    void showProblem(String message) {
        control().setData(WidgetIds.PROBLEM_KEY, message);
        if (message == null) {
            decoration.hide();
        } else {
            decoration.setDescriptionText(message);
            decoration.show();
        }
    }
}
