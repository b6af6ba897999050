package org.govsite.ui.report.supervision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.model.validation.Severity;
import org.govsite.report.ManualFields;
import org.govsite.report.Problem;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.SiteChanges;
import org.govsite.report.supervision.SupervisionEntries;
import org.govsite.report.supervision.SupervisionItem;
import org.govsite.report.supervision.SupervisionReport;
import org.govsite.ui.WidgetIds;

/**
 * The supervision report's rows besides the spot checks: 填报单位 and a field per {@link SupervisionItem} with its unit.
 * Sites opened and closed are counted from the platform (read-only); the others are typed. A field that is not a
 * whole number keeps what was typed and shows the problem beside it (also in its data {@link WidgetIds#PROBLEM_KEY});
 * an empty field was not entered. Widget ids {@code supervision.filler}, {@code supervision.count.<ITEM>}.
 */
final class CountsForm {
    /** The rows counted from the model, not typed. */
    static final Set<SupervisionItem> FROM_MODEL = Set.of(SupervisionItem.SITES_OPENED, SupervisionItem.SITES_CLOSED);

    private final ReportTexts texts;
    private final Text filler;
    private final Map<SupervisionItem, Text> fields = new EnumMap<>(SupervisionItem.class);
    private final Map<SupervisionItem, ControlDecoration> decorations = new EnumMap<>(SupervisionItem.class);
    private SiteChanges changes = new SiteChanges(0, 0);
    private boolean showing;

    /** @param edited told after each edit the operator types (not after {@link #show}) */
    CountsForm(Composite parent, ReportTexts texts, Runnable edited) {
        this.texts = texts;
        parent.setLayout(new GridLayout(3, false));
        new Label(parent, SWT.NONE).setText(Messages.Supervision_filler);
        filler = WidgetIds.tag(new Text(parent, SWT.BORDER | SWT.SINGLE), "supervision.filler"); //$NON-NLS-1$
        filler.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        filler.addModifyListener(e -> typed(edited));
        for (SupervisionItem item : SupervisionItem.values()) {
            String label = SupervisionReport.label(texts, item);
            boolean counted = FROM_MODEL.contains(item);
            new Label(parent, SWT.NONE).setText(counted ? NLS.bind(Messages.Supervision_fromModel, label) : label);
            Text field = new Text(parent, SWT.BORDER | SWT.SINGLE | (counted ? SWT.READ_ONLY : SWT.NONE));
            WidgetIds.tag(field, "supervision.count." + item.name()); //$NON-NLS-1$
            GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
            layout.horizontalIndent = 8;
            field.setLayoutData(layout);
            new Label(parent, SWT.NONE).setText(texts.label(item.unit()));
            ControlDecoration decoration = new ControlDecoration(field, SWT.LEFT | SWT.TOP);
            decoration.setImage(FieldDecorationRegistry.getDefault()
                    .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
            decoration.hide();
            decorations.put(item, decoration);
            fields.put(item, field);
            field.addModifyListener(e -> {
                mark(item);
                typed(edited);
            });
        }
    }

    /** Shows a year's entries and the platform's counts (not an edit). */
    void show(SupervisionEntries entries, SiteChanges siteChanges) {
        showing = true;
        try {
            filler.setText(entries.filler());
            for (SupervisionItem item : SupervisionItem.values()) {
                Long count = entries.counts().get(item);
                if (!FROM_MODEL.contains(item)) {
                    fields.get(item).setText(count == null ? "" : count.toString()); //$NON-NLS-1$
                }
            }
        } finally {
            showing = false;
        }
        showChanges(siteChanges);
    }

    /** Shows the platform's counts of sites opened and closed (not an edit). */
    void showChanges(SiteChanges siteChanges) {
        changes = siteChanges;
        showing = true;
        try {
            FROM_MODEL.forEach(item -> fields.get(item).setText(Long.toString(fromModel(item))));
        } finally {
            showing = false;
        }
    }

    /** Enables or disables typing (disabled when the year's entries cannot be read). */
    void setEnabled(boolean enabled) {
        filler.setEnabled(enabled);
        fields.forEach((item, field) -> field.setEnabled(enabled && !FROM_MODEL.contains(item)));
    }

    /** @return the typed part to save: the office and the counts that are whole numbers (empty fields left out) */
    SupervisionEntries entries() {
        Map<SupervisionItem, Long> counts = new EnumMap<>(SupervisionItem.class);
        for (SupervisionItem item : SupervisionItem.values()) {
            if (!FROM_MODEL.contains(item)) {
                number(item).ifPresent(count -> counts.put(item, count));
            }
        }
        return new SupervisionEntries(filler.getText().strip(), counts);
    }

    /** @return every row's count for the report: the typed whole numbers and the platform's counts */
    Map<SupervisionItem, Long> counts() {
        Map<SupervisionItem, Long> counts = new EnumMap<>(SupervisionItem.class);
        counts.putAll(entries().counts());
        FROM_MODEL.forEach(item -> counts.put(item, Long.valueOf(fromModel(item))));
        return counts;
    }

    /** @return a {@link ManualFields#CHECK} error for each field whose text is not a whole number */
    List<Problem> notNumbers() {
        List<Problem> problems = new ArrayList<>();
        for (SupervisionItem item : SupervisionItem.values()) {
            String text = fields.get(item).getText().strip();
            if (!text.isEmpty() && number(item).isEmpty()) {
                problems.add(Problem.of(ManualFields.CHECK, Severity.ERROR, null, "Problem_COUNT", //$NON-NLS-1$
                        language -> new Object[] { SupervisionReport.label(language, item), text }));
            }
        }
        return problems;
    }

    String filler() {
        return filler.getText().strip();
    }

    private Optional<Long> number(SupervisionItem item) {
        try {
            return Optional.of(Long.valueOf(fields.get(item).getText().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private long fromModel(SupervisionItem item) {
        return item == SupervisionItem.SITES_OPENED ? changes.opened() : changes.closed();
    }

    /** Shows beside the field whether its text is a non-negative whole number. */
    private void mark(SupervisionItem item) {
        Text field = fields.get(item);
        String text = field.getText().strip();
        boolean bad = !text.isEmpty()
                && number(item).map(count -> count.longValue() < 0).orElse(Boolean.TRUE).booleanValue();
        String message = bad ? texts.get("Problem_COUNT", SupervisionReport.label(texts, item), text) //$NON-NLS-1$
                : null;
        field.setData(WidgetIds.PROBLEM_KEY, message);
        if (bad) {
            decorations.get(item).setDescriptionText(message);
            decorations.get(item).show();
        } else {
            decorations.get(item).hide();
        }
    }

    private void typed(Runnable edited) {
        if (!showing) {
            edited.run();
        }
    }
}
