package org.govsite.ui.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.govsite.report.AnnualReport;
import org.govsite.report.ManualFields;
import org.govsite.report.Problem;
import org.govsite.report.ReportRow;
import org.govsite.report.ReportTexts;
import org.govsite.report.Section;
import org.govsite.ui.Messages;

/**
 * The report's rows on the editor: one group per {@link Section} in the template's order, each row as label, value
 * ({@link RowField}) and unit. Shows a report, reports the operator's edits row by row, marks each row's problems.
 */
final class ReportForm {
    private final ReportTexts texts;
    private final Map<ReportRow, RowField> fields = new EnumMap<>(ReportRow.class);
    private boolean showing;

    /** @param edited told of each edit of a row entered by hand, with the text now entered */
    ReportForm(Composite parent, ReportTexts texts, Consumer<RowField> edited) {
        this.texts = texts;
        parent.setLayout(new GridLayout(1, false));
        Group group = null;
        for (ReportRow row : ReportRow.values()) {
            if (group == null || !group.getData().equals(row.section())) {
                group = new Group(parent, SWT.NONE);
                group.setData(row.section());
                group.setText(texts.label(row.section()));
                group.setLayout(new GridLayout(3, false));
                group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            }
            new Label(group, SWT.NONE).setText(texts.label(row) + (row.required() ? " *" : "")); //$NON-NLS-1$ //$NON-NLS-2$
            RowField field = new RowField(group, row, texts);
            GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
            layout.horizontalIndent = 8;
            layout.widthHint = 240;
            field.control().setLayoutData(layout);
            new Label(group, SWT.NONE).setText(texts.label(row.unit()));
            if (row.entered()) {
                field.onEdit(() -> {
                    if (!showing) {
                        edited.accept(field);
                    }
                });
            }
            fields.put(row, field);
        }
    }

    /** Shows the report: the texts entered for rows entered by hand, the values of the others. */
    void show(AnnualReport report) {
        showing = true;
        try {
            AnnualReport platformOnly = new AnnualReport(report.year(), report.statistics(), report.visits(),
                    ManualFields.empty());
            fields.forEach((row, field) -> {
                if (row.entered()) {
                    field.show(report.manual().text(row));
                    if (row.overridable()) {
                        field.platformHint(NLS.bind(Messages.AnnualReport_platformValue,
                                texts.text(platformOnly.value(row))));
                    }
                } else {
                    field.show(texts.text(report.value(row)));
                }
            });
        } finally {
            showing = false;
        }
    }

    /** Shows no report (while the statistics of another year are read). */
    void clear() {
        showing = true;
        try {
            fields.values().forEach(field -> {
                field.show(null);
                field.showProblem(null);
            });
        } finally {
            showing = false;
        }
    }

    /** Marks every row with its problems' messages (none: unmarked). */
    void mark(List<Problem> problems) {
        fields.forEach((row, field) -> {
            String message = problems.stream().filter(p -> p.row() == row).map(p -> p.message(texts))
                    .collect(Collectors.joining("\n")); //$NON-NLS-1$
            field.showProblem(message.isEmpty() ? null : message);
        });
    }

    /** Gives the row's field the focus. */
    void focus(ReportRow row) {
        fields.get(row).control().setFocus();
    }
}
