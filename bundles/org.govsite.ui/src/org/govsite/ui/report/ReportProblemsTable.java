package org.govsite.ui.report;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.model.validation.Severity;
import org.govsite.report.Problem;
import org.govsite.report.ReportRow;
import org.govsite.report.ReportTexts;
import org.govsite.ui.Messages;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.problems.ProblemLabels;

/**
 * The report's problems below the editor's rows (consistency checks and manual fields): severity, row, message,
 * check; a double-click goes to the row's field. Widget ids {@code report.problems}, {@code report.problemSummary}.
 */
final class ReportProblemsTable {
    private final TableViewer viewer;
    private final Label summary;

    ReportProblemsTable(Composite parent, ReportTexts texts, Consumer<ReportRow> open) {
        summary = WidgetIds.tag(new Label(parent, SWT.NONE), "report.problemSummary"); //$NON-NLS-1$
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        WidgetIds.tag(viewer.getTable(), "report.problems"); //$NON-NLS-1$
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.heightHint = 120;
        viewer.getTable().setLayoutData(layout);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(viewer, Problem.class, Messages.Problems_severity, 90, p -> ProblemLabels.severity(p.severity()),
                p -> ProblemLabels.icon(p.severity()));
        TableColumns.add(viewer, Problem.class, Messages.AnnualReport_row, 200,
                p -> p.row() == null ? "" : texts.label(p.row())); //$NON-NLS-1$
        TableColumns.add(viewer, Problem.class, Messages.Problems_message, 480, p -> p.message(texts));
        TableColumns.add(viewer, Problem.class, Messages.Problems_rule, 200, Problem::check);
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Problem problem && problem.row() != null) {
                open.accept(problem.row());
            }
        });
    }

    void show(List<Problem> problems) {
        viewer.setInput(problems);
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        summary.setText(NLS.bind(Messages.Problems_summary, new Object[] { errors, problems.size() - errors }));
        summary.getParent().layout(true);
    }
}
