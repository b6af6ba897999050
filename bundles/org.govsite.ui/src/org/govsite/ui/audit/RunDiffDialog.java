package org.govsite.ui.audit;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.govsite.audit.history.AuditHistory;
import org.govsite.audit.history.AuditRun;
import org.govsite.audit.history.RunDiff;
import org.govsite.audit.history.StoredFinding;
import org.govsite.ui.Messages;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;

/**
 * 比较运行 Run diff: two runs of one site (the newest and the one before it at first), and the findings that are new
 * in the later run, fixed since the earlier one, or still open. Widget ids: {@code diff.earlier}, {@code diff.later},
 * {@code diff.summary}, {@code diff.table}, {@code diff.close}.
 */
final class RunDiffDialog extends Dialog {

    /** A row of the diff: what happened to the finding, and the finding. */
    record DiffRow(String status, StoredFinding finding) {
    }

    private final AuditHistory history;
    private final URI home;
    private final String site;
    private final List<AuditRun> runs;
    private Combo earlier;
    private Combo later;
    private Label summary;
    private TableViewer viewer;

    RunDiffDialog(Shell parent, AuditHistory history, URI home, String site) {
        super(parent);
        this.history = history;
        this.home = home;
        this.site = site;
        this.runs = history.runs(home);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Diff_title, site));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label where = new Label(area, SWT.NONE);
        where.setText(home.toString());
        where.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        earlier = runCombo(area, Messages.Diff_earlier, "diff.earlier", Math.min(1, runs.size() - 1)); //$NON-NLS-1$
        later = runCombo(area, Messages.Diff_later, "diff.later", 0); //$NON-NLS-1$
        summary = WidgetIds.tag(new Label(area, SWT.NONE), "diff.summary"); //$NON-NLS-1$
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        viewer = new TableViewer(area, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION);
        WidgetIds.tag(viewer.getTable(), "diff.table"); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        data.widthHint = 900;
        data.heightHint = 360;
        viewer.getTable().setLayoutData(data);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(viewer, DiffRow.class, Messages.Diff_status, 90, DiffRow::status);
        TableColumns.add(viewer, DiffRow.class, Messages.Problems_rule, 170, r -> r.finding().ruleId());
        TableColumns.add(viewer, DiffRow.class, Messages.Findings_page, 260, r -> r.finding().page().toString());
        TableColumns.add(viewer, DiffRow.class, Messages.Findings_target, 220, r -> r.finding().target());
        TableColumns.add(viewer, DiffRow.class, Messages.Findings_evidence, 200, r -> r.finding().evidence());
        compare();
        return area;
    }

    private Combo runCombo(Composite area, String label, String id, int selected) {
        new Label(area, SWT.NONE).setText(label);
        Combo combo = WidgetIds.tag(new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        runs.forEach(run -> combo.add(FindingLabels.run(run)));
        combo.select(selected);
        combo.addListener(SWT.Selection, e -> compare());
        return combo;
    }

    /** Compares the chosen runs (the earlier one first, whatever the order chosen). */
    private void compare() {
        if (runs.isEmpty()) {
            summary.setText(Messages.Diff_noRuns);
            return;
        }
        AuditRun first = runs.get(earlier.getSelectionIndex());
        AuditRun second = runs.get(later.getSelectionIndex());
        RunDiff diff = first.id() <= second.id() ? history.diff(first.id(), second.id())
                : history.diff(second.id(), first.id());
        List<DiffRow> rows = new ArrayList<>();
        diff.added().forEach(f -> rows.add(new DiffRow(Messages.Diff_new, f)));
        diff.fixed().forEach(f -> rows.add(new DiffRow(Messages.Diff_fixed, f)));
        diff.stillOpen().forEach(f -> rows.add(new DiffRow(Messages.Diff_open, f)));
        viewer.setInput(rows);
        summary.setText(NLS.bind(Messages.Diff_summary,
                new Object[] { diff.added().size(), diff.fixed().size(), diff.stillOpen().size() }));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Diff_close, true), "diff.close"); //$NON-NLS-1$
    }
}
