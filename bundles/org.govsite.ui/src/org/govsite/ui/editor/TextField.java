package org.govsite.ui.editor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.govsite.model.guide.GuideDays;
import org.govsite.ui.Messages;

/** A text input for a string, a list of strings (comma separated) or a date (yyyy-MM-dd). */
final class TextField extends FormField {

    enum Kind {
        STRING, LIST, DATE
    }

    private static final String DATE_PATTERN = "yyyy-MM-dd";
    /** A day in Beijing time ({@link GuideDays}), strictly: 2026-02-30 is refused. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Text text;
    private final Kind kind;

    TextField(Composite parent, EStructuralFeature feature, Kind kind) {
        super(feature);
        this.kind = kind;
        text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        if (kind == Kind.DATE) {
            text.setMessage(DATE_PATTERN);
        } else if (kind == Kind.LIST) {
            text.setMessage(Messages.Editor_listHint);
        }
    }

    @Override
    Control control() {
        return text;
    }

    @Override
    void show(Object value) {
        String shown = switch (kind) {
            case STRING -> value == null ? "" : value.toString();
            case LIST -> String.join(", ", ((Collection<?>) value).stream().map(Object::toString).toList());
            case DATE -> value == null ? "" : GuideDays.day((Date) value).toString();
        };
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
    }

    @Override
    Object value() throws InputException {
        String input = text.getText().strip();
        return switch (kind) {
            case STRING -> input.isEmpty() ? null : input;
            case LIST -> input.isEmpty() ? List.of()
                    : Arrays.stream(input.split("[,，;；\\s]+")).filter(s -> !s.isEmpty()).toList();
            case DATE -> parseDate(input);
        };
    }

    private static Date parseDate(String input) throws InputException {
        if (input.isEmpty()) {
            return null;
        }
        try {
            return GuideDays.date(LocalDate.parse(input, DAY));
        } catch (DateTimeParseException e) {
            throw new InputException(Messages.Editor_badDate);
        }
    }

    @Override
    void onEdit(Runnable listener) {
        text.addListener(SWT.Modify, e -> listener.run());
    }
}
