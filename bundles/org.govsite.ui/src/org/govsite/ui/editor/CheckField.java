package org.govsite.ui.editor;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A check box for a boolean attribute. */
final class CheckField extends FormField {

    private final Button box;

    CheckField(Composite parent, EStructuralFeature feature) {
        super(feature);
        box = new Button(parent, SWT.CHECK);
    }

    @Override
    Control control() {
        return box;
    }

    @Override
    void show(Object value) {
        box.setSelection(Boolean.TRUE.equals(value));
    }

    @Override
    Object value() {
        return box.getSelection();
    }

    @Override
    void onEdit(Runnable listener) {
        box.addListener(SWT.Selection, e -> listener.run());
    }
}
