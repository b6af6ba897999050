package org.govsite.ui.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.govsite.audit.history.AuditHistory;
import org.govsite.audit.history.StoredFinding;
import org.govsite.audit.history.TrendPoint;
import org.govsite.model.validation.Severity;
import org.govsite.ui.Messages;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.problems.ProblemLabels;
import org.govsite.ui.session.WorkbenchSession;

/**
 * Audit dashboard (审计概览): each site's latest verdict (合格/不合格, score, single-veto items) beside the trend of the
 * site selected there across its runs (findings per severity, a line chart), and the findings of the latest runs by
 * rule and by site (bar charts). Charts are painted with SWT on canvases. Widget ids:
 * {@code dashboard.verdicts|byRule|bySite|trend}.
 */
public class DashboardPart {

    public static final String ID = "org.govsite.ui.part.dashboard"; //$NON-NLS-1$

    /** What the dashboard shows, read in a job. */
    private record Data(List<SiteRun> verdicts, List<Bar> byRule, List<Bar> bySite) {
    }

    private final AuditCenter center;
    private final WorkbenchSession session;
    private final UISynchronize sync;
    private final Runnable reload = this::reload;
    private TableViewer verdicts;
    private BarChart byRule;
    private BarChart bySite;
    private LineChart trend;

    @Inject
    public DashboardPart(AuditCenter center, WorkbenchSession session, UISynchronize sync) {
        this.center = center;
        this.session = session;
        this.sync = sync;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, true));
        verdicts = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        WidgetIds.tag(verdicts.getTable(), "dashboard.verdicts"); //$NON-NLS-1$
        verdicts.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        verdicts.getTable().setHeaderVisible(true);
        verdicts.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(verdicts, SiteRun.class, Messages.Findings_site, 200, SiteRun::site);
        TableColumns.add(verdicts, SiteRun.class, Messages.Dashboard_verdict, 100, v -> FindingLabels.verdict(v.run()));
        TableColumns.add(verdicts, SiteRun.class, Messages.Dashboard_score, 70,
                v -> String.format("%.1f", v.run().score())); //$NON-NLS-1$
        TableColumns.add(verdicts, SiteRun.class, Messages.Dashboard_vetoes, 200, v -> String.join(", ", v.run().vetoes())); //$NON-NLS-1$
        TableColumns.add(verdicts, SiteRun.class, Messages.Dashboard_pages, 70, v -> Integer.toString(v.run().pages()));
        TableColumns.add(verdicts, SiteRun.class, Messages.Dashboard_findings, 70, v -> Integer.toString(v.run().findings()));
        TableColumns.add(verdicts, SiteRun.class, Messages.Dashboard_run, 260, v -> FindingLabels.run(v.run()));
        verdicts.addSelectionChangedListener(e -> {
            if (verdicts.getStructuredSelection().getFirstElement() instanceof SiteRun verdict) {
                showTrend(verdict);
            }
        });
        trend = new LineChart(parent, "dashboard.trend"); //$NON-NLS-1$
        trend.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        byRule = new BarChart(parent, Messages.Dashboard_byRule, "dashboard.byRule"); //$NON-NLS-1$
        byRule.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        bySite = new BarChart(parent, Messages.Dashboard_bySite, "dashboard.bySite"); //$NON-NLS-1$
        bySite.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        center.addListener(reload);
        reload();
    }

    @Focus
    void setFocus() {
        verdicts.getTable().setFocus();
    }

    @PreDestroy
    void dispose() {
        center.removeListener(reload);
    }

    private void reload() {
        center.readLatest(Messages.Dashboard_loading, sync, session.platform(), DashboardPart::read, this::show,
                e -> trend.setSeries(e.getMessage(), List.of(), Map.of()));
    }

    private static Data read(AuditHistory history, List<SiteRun> latest) {
        Map<String, Integer> rules = new TreeMap<>();
        List<Bar> sites = new ArrayList<>();
        for (SiteRun latestRun : latest) {
            sites.add(new Bar(latestRun.site(), latestRun.run().findings()));
            for (StoredFinding finding : history.findings(latestRun.run().id())) {
                rules.merge(finding.ruleId(), 1, Integer::sum);
            }
        }
        return new Data(latest, largestFirst(rules.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue())).toList()),
                largestFirst(sites));
    }

    private static List<Bar> largestFirst(List<Bar> bars) {
        return bars.stream().sorted(Comparator.comparingInt(Bar::value).reversed()).toList();
    }

    private void show(Data data) {
        if (verdicts.getControl().isDisposed()) {
            return;
        }
        Object selected = verdicts.getStructuredSelection().getFirstElement();
        verdicts.setInput(data.verdicts());
        byRule.setBars(data.byRule());
        bySite.setBars(data.bySite());
        data.verdicts().stream()
                .filter(v -> selected instanceof SiteRun old && old.run().home().equals(v.run().home())).findFirst()
                .or(() -> data.verdicts().stream().findFirst())
                .ifPresentOrElse(v -> verdicts.setSelection(new StructuredSelection(v)),
                        () -> trend.setSeries(null, List.of(), Map.of()));
    }

    /** Shows the findings per severity of each run of the site (oldest first). */
    private void showTrend(SiteRun verdict) {
        List<TrendPoint> points = center.history().trend(verdict.run().home());
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            lines.put(ProblemLabels.severity(severity), points.stream().map(p -> p.count(severity)).toList());
        }
        trend.setSeries(NLS.bind(Messages.Dashboard_trendOf, verdict.site()),
                points.stream().map(p -> "#" + p.run().id()).toList(), lines); //$NON-NLS-1$
    }
}
