package org.govsite.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A read-only combo choosing one of a list of values (enum literals, organisations), with "none" first. */
final class ChoiceField extends FormField {

    private final Combo combo;
    private final Supplier<List<?>> choices;
    private final Function<Object, String> label;
    private final List<Object> shown = new ArrayList<>();

    ChoiceField(Composite parent, EStructuralFeature feature, Supplier<List<?>> choices, Function<Object, String> label) {
        super(feature);
        this.choices = choices;
        this.label = label;
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
    }

    @Override
    Control control() {
        return combo;
    }

    @Override
    void show(Object value) {
        List<?> current = choices.get();
        if (!current.equals(shown.subList(Math.min(1, shown.size()), shown.size()))) {
            shown.clear();
            shown.add(null);
            shown.addAll(current);
            combo.setItems(shown.stream().map(v -> v == null ? "" : label.apply(v)).toArray(String[]::new));
        }
        combo.select(Math.max(0, shown.indexOf(value)));
    }

    @Override
    Object value() {
        int index = combo.getSelectionIndex();
        return index < 0 ? null : shown.get(index);
    }

    @Override
    void onEdit(Runnable listener) {
        combo.addListener(SWT.Selection, e -> listener.run());
    }
}
