package org.govsite.ui.audit;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.audit.history.AuditRun;
import org.govsite.audit.history.Decision;
import org.govsite.audit.history.DecisionKind;
import org.govsite.audit.history.StoredFinding;
import org.govsite.ui.Controls;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.problems.ProblemLabels;
import org.govsite.ui.session.WorkbenchSession;

/**
 * Findings view (审计发现): the findings of every site's latest run, filtered by site, rule and severity, in a lazy
 * table (a hundred thousand rows are fine). Double-click or 打开页面 opens the page; 接受 and 误报 record a decision
 * with a reason on the selected findings' keys, 撤销决定 removes it; 比较运行 opens the run diff of the site. Widget ids:
 * {@code findings.site|rule|severity|table|summary|open|accept|falseAlarm|reopen|diff|export}. 导出审计报告 writes the
 * latest run of the filtered site (else of every site) as a report ({@link ReportExporter}).
 */
public class FindingsPart {

    public static final String ID = "org.govsite.ui.part.findings"; //$NON-NLS-1$

    private final AuditCenter center;
    private final WorkbenchSession session;
    private final UISynchronize sync;
    private final PageOpener opener;
    private final ReportFileChooser chooser;
    private final Connections connections;
    private final Runnable reload = this::reload;

    private List<FindingRow> all = List.of();
    private List<FindingRow> shown = List.of();
    private TableViewer viewer;
    private Label summary;
    private FilterCombos filters;

    /** @param connections the workbench's connections (a decision names the operator logged in), if any */
    @Inject
    public FindingsPart(AuditCenter center, WorkbenchSession session, UISynchronize sync, PageOpener opener,
            ReportFileChooser chooser, @Optional Connections connections) {
        this.center = center;
        this.session = session;
        this.sync = sync;
        this.opener = opener;
        this.chooser = chooser;
        this.connections = connections;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        filters = new FilterCombos(parent, this::refilter);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new RowLayout());
        Controls.push(buttons, "findings.open", Messages.Findings_open, this::openSelected); //$NON-NLS-1$
        Controls.push(buttons, "findings.accept", Messages.Findings_accept, () -> decide(DecisionKind.ACCEPTED)); //$NON-NLS-1$
        Controls.push(buttons, "findings.falseAlarm", Messages.Findings_falseAlarm, () -> decide(DecisionKind.FALSE_ALARM)); //$NON-NLS-1$
        Controls.push(buttons, "findings.reopen", Messages.Findings_reopen, this::reopenSelected); //$NON-NLS-1$
        Controls.push(buttons, "findings.diff", Messages.Findings_diff, this::openDiff); //$NON-NLS-1$
        Controls.push(buttons, "findings.export", Messages.Report_export, this::exportReport); //$NON-NLS-1$
        summary = WidgetIds.tag(new Label(parent, SWT.NONE), "findings.summary"); //$NON-NLS-1$
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        createTable(parent);
        center.addListener(reload);
        reload();
    }

    private void createTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        WidgetIds.tag(viewer.getTable(), "findings.table"); //$NON-NLS-1$
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < shown.size()) {
                    viewer.replace(shown.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
                // the rows are read from the list shown when asked
            }
        });
        TableColumns.add(viewer, FindingRow.class, Messages.Problems_severity, 80,
                r -> ProblemLabels.severity(r.finding().severity()), r -> ProblemLabels.icon(r.finding().severity()));
        TableColumns.add(viewer, FindingRow.class, Messages.Problems_rule, 170, r -> r.finding().ruleId());
        TableColumns.add(viewer, FindingRow.class, Messages.Findings_site, 140, FindingRow::site);
        TableColumns.add(viewer, FindingRow.class, Messages.Findings_page, 260, r -> r.finding().page().toString());
        TableColumns.add(viewer, FindingRow.class, Messages.Findings_target, 220, r -> r.finding().target());
        TableColumns.add(viewer, FindingRow.class, Messages.Findings_evidence, 180, r -> r.finding().evidence());
        TableColumns.add(viewer, FindingRow.class, Messages.Problems_message, 320, r -> r.finding().message());
        TableColumns.add(viewer, FindingRow.class, Messages.Findings_decision, 220, r -> FindingLabels.decision(r.finding().decision()));
        viewer.getTable().addListener(SWT.DefaultSelection, e -> openSelected());
    }

    @Focus
    void setFocus() {
        viewer.getTable().setFocus();
    }

    @PreDestroy
    void dispose() {
        center.removeListener(reload);
    }

    /** Reads the latest run of every site in a job, then shows its findings. */
    private void reload() {
        center.readLatest(Messages.Findings_loading, sync, session.platform(), (history, latest) -> {
            List<FindingRow> rows = new ArrayList<>();
            for (SiteRun latestRun : latest) {
                AuditRun run = latestRun.run();
                for (StoredFinding finding : history.findings(run.id())) {
                    rows.add(new FindingRow(finding, run.home(), latestRun.site(), rows.size()));
                }
            }
            return rows;
        }, this::show, e -> summary.setText(e.getMessage()));
    }

    private void show(List<FindingRow> rows) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        all = rows;
        filters.offer(rows);
        refilter();
    }

    private void refilter() {
        shown = filters.filter().apply(all);
        viewer.setInput(shown);
        viewer.setItemCount(shown.size());
        viewer.refresh();
        summary.setText(NLS.bind(Messages.Findings_summary, shown.size(), all.size()));
    }

    /** @return the rows selected in the table */
    private List<FindingRow> selected() {
        return Arrays.stream(viewer.getTable().getSelectionIndices()).filter(i -> i < shown.size())
                .mapToObj(shown::get).toList();
    }

    private void openSelected() {
        selected().stream().findFirst().ifPresent(row -> opener.open(row.finding().page()));
    }

    private void decide(DecisionKind kind) {
        List<FindingRow> rows = selected();
        if (rows.isEmpty()) {
            return;
        }
        String title = kind == DecisionKind.ACCEPTED ? Messages.Findings_accept : Messages.Findings_falseAlarm;
        DecisionDialog dialog = new DecisionDialog(viewer.getTable().getShell(), title, rows.size());
        if (dialog.open() != Window.OK) {
            return;
        }
        Decision decision = new Decision(kind, dialog.reason(), DecisionOperators.current(connections), Instant.now());
        write(() -> keys(rows).forEach(key -> center.history().decide(key, decision)));
    }

    private void reopenSelected() {
        write(() -> keys(selected()).forEach(center.history()::reopen));
    }

    private void write(Runnable change) {
        try {
            change.run();
            center.changed();
        } catch (RuntimeException e) {
            Dialogs.error(viewer.getTable().getShell(), Messages.Audit_title, e.getMessage());
        }
    }

    private static Set<String> keys(List<FindingRow> rows) {
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(row -> keys.add(row.finding().key()));
        return keys;
    }

    /** Asks for a file and writes the latest run of the filtered site, else of every site, as a report. */
    void exportReport() {
        new ReportExporter(center, sync, chooser).export(viewer.getTable().getShell(), filters.filter().home());
    }

    private void openDiff() {
        URI home = selected().stream().findFirst().map(FindingRow::home).orElse(filters.filter().home());
        List<URI> sites = center.history().sites();
        if (home == null && !sites.isEmpty()) {
            home = sites.get(0);
        }
        if (home == null) {
            Dialogs.error(viewer.getTable().getShell(), Messages.Audit_title, Messages.Diff_noRuns);
            return;
        }
        new RunDiffDialog(viewer.getTable().getShell(), center.history(), home,
                SiteHomes.label(SiteHomes.names(session.platform()), home)).open();
    }
}
