package org.govsite.ui.report.supervision;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.govsite.model.Site;
import org.govsite.protocol.PageTime;
import org.govsite.report.Problem;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.Quarter;
import org.govsite.report.supervision.SpotChecks;
import org.govsite.report.supervision.SupervisionCountsStore;
import org.govsite.report.supervision.SupervisionEntries;
import org.govsite.report.supervision.SupervisionReport;
import org.govsite.ui.Dialogs;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.audit.AuditCenter;
import org.govsite.ui.audit.RunAuditHandler;
import org.govsite.ui.problems.ProblemLabels;
import org.govsite.ui.session.OwnFilesPart;
import org.govsite.ui.session.SessionListener;
import org.govsite.ui.session.UiJobs;
import org.govsite.ui.session.WorkbenchSession;

/**
 * 监管年度报表 (docs/workbench.md, "Supervision annual report"): for the year chosen ({@code supervision.year}), the
 * quarters' and the year's spot checks drawn from the workbench's audit history ({@link CheckTable}), the sites opened
 * and closed from the platform and the typed rows ({@link CountsForm}), the problems ({@code supervision.problems}:
 * coverage warnings, counts that are not whole numbers, the report's own checks), the sample proposal
 * ({@link SamplePanel}) and the export ({@code supervision.export}, {@link SupervisionExporter}). Typing makes the
 * part dirty; the workbench's Save (the part's own handler of the Save command) keeps the typed rows in the
 * {@link SupervisionCountsStore}.
 */
public class SupervisionPart implements OwnFilesPart {
    /** The part descriptor the 报表 menu opens. */
    public static final String DESCRIPTOR_ID = "org.govsite.ui.partdescriptor.supervision"; //$NON-NLS-1$

    private final AuditCenter center;
    private final WorkbenchSession session;
    private final UISynchronize sync;
    private final MPart part;
    private final SupervisionCountsStore store;
    private final SupervisionFileChooser chooser;
    private final SpotChecks spotChecks = SpotChecks.defaults();
    private final ReportTexts texts = ReportTexts.of(Locale.forLanguageTag(Platform.getNL().replace('_', '-')));
    private final Runnable historyChanged = this::readChecks;
    private final SessionListener platformReplaced = platform -> readChecks();
    private Spinner year;
    private Label status;
    private CheckTable checks;
    private CountsForm form;
    private TableViewer problems;
    private SamplePanel sample;
    private int shownYear;
    private PlatformSites sites;
    private YearChecks yearChecks;
    private boolean unreadable;

    @Inject
    public SupervisionPart(AuditCenter center, WorkbenchSession session, UISynchronize sync, MPart part,
            SupervisionCountsStore store, SupervisionFileChooser chooser) {
        this.center = center;
        this.session = session;
        this.sync = sync;
        this.part = part;
        this.store = store;
        this.chooser = chooser;
    }

    @PostConstruct
    void createControls(Composite area) {
        area.setLayout(new FillLayout());
        ScrolledComposite scrolled = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        Composite parent = new Composite(scrolled, SWT.NONE);
        parent.setLayout(new GridLayout(2, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(4, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(top, SWT.NONE).setText(Messages.Supervision_year);
        year = WidgetIds.tag(new Spinner(top, SWT.BORDER), "supervision.year"); //$NON-NLS-1$
        year.setValues(defaultYear(), 2000, 2100, 0, 1, 1);
        year.addListener(SWT.Selection, e -> yearChosen());
        Button export = WidgetIds.tag(new Button(top, SWT.PUSH), "supervision.export"); //$NON-NLS-1$
        export.setText(Messages.Supervision_export);
        SupervisionExporter exporter = new SupervisionExporter(sync, chooser, texts, spotChecks.percent());
        export.addListener(SWT.Selection, e -> exporter.export(year.getShell(), form.notNumbers(), report()));
        status = WidgetIds.tag(new Label(top, SWT.WRAP), "supervision.status"); //$NON-NLS-1$
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Group left = group(parent, Messages.Supervision_checks, 1, 1);
        checks = new CheckTable(left, texts, spotChecks.percent());
        checks.control().setLayoutData(tall(6));
        Group entries = group(parent, Messages.Supervision_entries, 1, 2);
        form = new CountsForm(entries, texts, this::edited);
        Group problemGroup = group(parent, Messages.Supervision_problems, 1, 1);
        problems = new TableViewer(problemGroup, SWT.BORDER | SWT.FULL_SELECTION);
        WidgetIds.tag(problems.getTable(), "supervision.problems"); //$NON-NLS-1$
        problems.getTable().setLayoutData(tall(5));
        problems.getTable().setHeaderVisible(true);
        problems.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(problems, Problem.class, Messages.Supervision_severity, 80,
                p -> ProblemLabels.severity(p.severity()), p -> ProblemLabels.icon(p.severity()));
        TableColumns.add(problems, Problem.class, Messages.Supervision_message, 520, p -> p.message(texts));
        Group sampleGroup = group(parent, Messages.Supervision_sample, 2, 1);
        sample = new SamplePanel(sampleGroup, texts, this::propose, this::auditSample);
        scrolled.setContent(parent);
        scrolled.setMinSize(parent.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        center.addListener(historyChanged);
        session.addListener(platformReplaced);
        load(year.getSelection());
    }

    @Focus
    void setFocus() {
        year.setFocus();
    }

    @PreDestroy
    void dispose() {
        center.removeListener(historyChanged);
        session.removeListener(platformReplaced);
    }

    /**
     * Keeps the typed rows of the year shown (Save). Counts that are not whole numbers, or a year whose file could not
     * be read, are named in a message and nothing is saved.
     */
    @Persist
    @Override
    public boolean save() {
        Shell shell = year.getShell();
        List<Problem> notNumbers = form.notNumbers();
        if (unreadable || !notNumbers.isEmpty()) {
            Dialogs.error(shell, Messages.Supervision_saveTitle, unreadable ? status.getText()
                    : NLS.bind(Messages.Supervision_notNumbers, SupervisionExporter.lines(notNumbers, texts)));
            return false;
        }
        try {
            store.save(shownYear, form.entries());
            part.setDirty(false);
            return true;
        } catch (IOException | RuntimeException e) {
            Dialogs.error(shell, Messages.Supervision_saveTitle,
                    NLS.bind(Messages.Supervision_saveFailed, e.getMessage()));
            return false;
        }
    }

    /** @return the report as shown: the year's spot checks read so far and every row's count */
    SupervisionReport report() {
        return new SupervisionReport(shownYear, form.filler(), yearChecks.result(), form.counts());
    }

    /** The year whose report is due next: the previous year in January (Beijing time), else this year. */
    private static int defaultYear() {
        LocalDate today = LocalDate.now(PageTime.ZONE);
        return today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear();
    }

    private void yearChosen() {
        int chosen = year.getSelection();
        if (chosen == shownYear) {
            return;
        }
        if (part.isDirty() && !Dialogs.confirm(year.getShell(), Messages.Supervision_discardTitle,
                NLS.bind(Messages.Supervision_discard, Integer.toString(shownYear)))) {
            year.setSelection(shownYear);
            return;
        }
        load(chosen);
    }

    /** Shows a year: its saved entries, the platform's counts, then the spot checks once read. */
    private void load(int chosen) {
        shownYear = chosen;
        sites = PlatformSites.of(session.platform(), chosen);
        yearChecks = YearChecks.none(chosen);
        SupervisionEntries entries;
        try {
            entries = store.load(chosen);
            unreadable = false;
            status.setText(""); //$NON-NLS-1$
        } catch (IOException | RuntimeException e) {
            entries = new SupervisionEntries("", Map.of()); //$NON-NLS-1$
            unreadable = true;
            status.setText(NLS.bind(Messages.Supervision_loadFailed, e.getMessage()));
        }
        form.show(entries, sites.changes());
        form.setEnabled(!unreadable);
        part.setDirty(false);
        sample.clear();
        checks.show(yearChecks.result());
        validate();
        readChecks();
    }

    /** Reads the platform's sites again and the year's spot checks in a job. */
    private void readChecks() {
        int chosen = shownYear;
        sites = PlatformSites.of(session.platform(), chosen);
        form.showChanges(sites.changes());
        int inService = sites.inService();
        UiJobs.run(Messages.Supervision_loading, sync,
                monitor -> YearChecks.read(center.history(), spotChecks, chosen, inService, monitor), read -> {
                    if (!year.isDisposed() && read.year() == shownYear) {
                        yearChecks = read;
                        checks.show(read.result());
                        validate();
                    }
                }, e -> {
                    if (!status.isDisposed()) {
                        status.setText(NLS.bind(Messages.Supervision_readFailed, e.getMessage()));
                    }
                });
    }

    private void edited() {
        part.setDirty(true);
        validate();
    }

    private void validate() {
        List<Problem> all = new ArrayList<>(yearChecks.coverage());
        all.addAll(form.notNumbers());
        all.addAll(report().validate());
        problems.setInput(all);
    }

    private void propose() {
        Quarter quarter = sample.quarter(shownYear);
        List<String> hosts = spotChecks.proposeSample(quarter, List.copyOf(sites.byHost().keySet()), yearChecks.runs(),
                SamplePanel.random(quarter));
        sample.show(quarter, hosts, sites);
    }

    private void auditSample(List<Site> proposed) {
        RunAuditHandler.audit(proposed, center, sync, year.getShell());
    }

    /** @return a layout filling its cell, at least this many table rows high */
    private static GridData tall(int rows) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = rows * 24;
        return data;
    }

    private static Group group(Composite parent, String title, int columns, int rows) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout());
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, columns, rows));
        return group;
    }
}
