package org.govsite.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.govsite.protocol.PageTime;
import org.govsite.report.AnnualReport;
import org.govsite.report.ManualFields;
import org.govsite.report.Problem;
import org.govsite.report.ReportTexts;
import org.govsite.report.SiteStatistics;
import org.govsite.report.Statistics;
import org.govsite.report.StatisticsSource;
import org.govsite.report.Visits;
import org.govsite.report.check.ConsistencyChecks;
import org.govsite.report.publish.PlatformStatistics;
import org.govsite.ui.Controls;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.session.OwnFilesPart;
import org.govsite.ui.session.UiJobs;

/**
 * 年度报表 Annual report editor: one site's 政府网站工作年度报表 for a year. The statistics come from the logged-in
 * connection ({@link PlatformStatistics}) or a statistics file chosen once per year; the rows show by section, the
 * platform's and the logs' read-only, the manual ones editable; problems are marked on the rows and listed below;
 * {@link #save()} writes the manual fields to {@link ReportWorkspace#manual()} (dirty until then; switching site or
 * year saves first). Actions: {@link ReportActions}. Part state: {@value #YEAR}, {@value #HOST}.
 */
public class ReportEditorPart implements OwnFilesPart {
    public static final String DESCRIPTOR_ID = "org.govsite.ui.partdescriptor.annualReport"; //$NON-NLS-1$
    public static final String YEAR = "org.govsite.report.year"; //$NON-NLS-1$
    public static final String HOST = "org.govsite.report.host"; //$NON-NLS-1$

    private final ReportWorkspace workspace;
    private final ReportFiles files;
    private final UISynchronize sync;
    private final MPart part;
    private final Connections connections;
    private final ReportTexts texts = ReportTexts.of(Locale.forLanguageTag(Platform.getNL().replace('_', '-')));
    private final ConsistencyChecks checks = new ConsistencyChecks(ConsistencyChecks.CheckSettings.defaults());
    private final ReportActions actions;

    private Spinner year;
    private Combo site;
    private Label source;
    private Label status;
    private Composite rows;
    private ReportForm form;
    private ReportProblemsTable problemsTable;
    private Statistics statistics;
    private SiteStatistics current;
    private ManualFields manual;
    private Visits visits = Visits.NONE;
    private List<Problem> problems = List.of();
    /** The year of the fields shown (the spinner may already show the next one being chosen). */
    private int shownYear;

    @Inject
    public ReportEditorPart(ReportWorkspace workspace, ReportFiles files, UISynchronize sync, MPart part,
            @Optional Connections connections) {
        this.workspace = workspace;
        this.files = files;
        this.sync = sync;
        this.part = part;
        this.connections = connections;
        actions = new ReportActions(workspace, files, sync, connections, texts, checks);
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(6, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText(Messages.AnnualReport_year);
        year = WidgetIds.tag(new Spinner(bar, SWT.BORDER), "report.year"); //$NON-NLS-1$
        shownYear = initialYear();
        year.setValues(shownYear, 2000, 2100, 0, 1, 10);
        year.addListener(SWT.Selection, e -> yearChosen());
        new Label(bar, SWT.NONE).setText(Messages.AnnualReport_site);
        site = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), "report.site"); //$NON-NLS-1$
        site.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        site.addListener(SWT.Selection, e -> siteChosen());
        Controls.push(bar, "report.load", Messages.AnnualReport_load, () -> load(true)); //$NON-NLS-1$
        source = WidgetIds.tag(new Label(bar, SWT.NONE), "report.source"); //$NON-NLS-1$
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        createButtons(parent);
        status = WidgetIds.tag(new Label(parent, SWT.WRAP), "report.status"); //$NON-NLS-1$
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ScrolledComposite scrolled = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        rows = new Composite(scrolled, SWT.NONE);
        form = new ReportForm(rows, texts, this::edited);
        scrolled.setContent(rows);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setMinSize(rows.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        problemsTable = new ReportProblemsTable(bottom, texts, form::focus);
        sash.setWeights(2, 1);
        rows.setEnabled(false);
        load(false);
    }

    private void createButtons(Composite parent) {
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(5, false));
        Controls.push(buttons, "report.save", Messages.AnnualReport_save, this::save); //$NON-NLS-1$
        Controls.push(buttons, "report.importLogs", Messages.AnnualReport_importLogs, //$NON-NLS-1$
                () -> ifLoaded(() -> actions.importLogs(parent.getShell(), statistics, this::showStatus, this::showSite)));
        Controls.push(buttons, "report.exportSite", Messages.AnnualReport_exportSite, //$NON-NLS-1$
                () -> ifLoaded(() -> actions.exportSite(parent.getShell(), report(), problems, this::showStatus)));
        Controls.push(buttons, "report.exportProvince", Messages.AnnualReport_exportProvince, //$NON-NLS-1$
                () -> ifLoaded(() -> {
                    if (save()) {
                        actions.exportProvince(parent.getShell(), statistics, this::showStatus);
                    }
                }));
        Controls.push(buttons, "report.publish", Messages.AnnualReport_publish, //$NON-NLS-1$
                () -> ifLoaded(() -> actions.publish(parent.getShell(), report(), problems, this::showStatus)));
    }

    private int initialYear() {
        String persisted = part.getPersistedState().get(YEAR);
        return persisted == null ? LocalDate.now(PageTime.ZONE).getYear() - 1 : Integer.parseInt(persisted);
    }

    /** Reads the year's statistics: kept from earlier, else from the logged-in connection, else a statistics file. */
    private void load(boolean again) {
        int chosen = year.getSelection();
        java.util.Optional<ReportWorkspace.YearStatistics> kept = workspace.statistics(chosen);
        if (kept.isPresent() && !again) {
            statisticsRead(kept.get().statistics(), kept.get().source());
            return;
        }
        java.util.Optional<Connection> connection = ReportConnection.loggedIn(connections);
        if (connection.isPresent()) {
            String id = connection.get().id();
            StatisticsSource platform = y -> connections.call(id, () -> read(new PlatformStatistics(connections.client(id)), y));
            start(platform, NLS.bind(Messages.AnnualReport_fromConnection, connection.get().name()), chosen, null);
            return;
        }
        java.util.Optional<Path> file;
        try {
            file = again ? java.util.Optional.empty() : workspace.statisticsFile(chosen);
        } catch (IOException e) {
            Dialogs.error(year.getShell(), Messages.AnnualReport_title, e.getMessage());
            file = java.util.Optional.empty();
        }
        file.or(() -> files.statistics(year.getShell(), chosen))
                .ifPresent(f -> start(StatisticsSource.file(f), f.toString(), chosen, f));
    }

    private static Statistics read(StatisticsSource source, int year) {
        try {
            return source.read(year);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void start(StatisticsSource from, String what, int chosen, Path file) {
        showStatus(NLS.bind(Messages.AnnualReport_reading, what));
        UiJobs.run(NLS.bind(Messages.AnnualReport_reading, what), sync,
                monitor -> StatisticsLoad.read(from, what, chosen, monitor), read -> {
                    workspace.statisticsRead(read, what);
                    if (file != null) {
                        remember(chosen, file);
                    }
                    if (!year.isDisposed() && year.getSelection() == chosen) {
                        statisticsRead(read, what);
                    }
                }, e -> failed(e));
    }

    private void remember(int chosen, Path file) {
        try {
            workspace.rememberStatisticsFile(chosen, file);
        } catch (IOException | RuntimeException e) {
            showStatus(e.getMessage());
        }
    }

    private void failed(RuntimeException e) {
        if (!status.isDisposed()) {
            showStatus(e.getLocalizedMessage());
            Dialogs.error(status.getShell(), Messages.AnnualReport_title, e.getLocalizedMessage());
        }
    }

    private void statisticsRead(Statistics read, String what) {
        statistics = read;
        source.setText(what);
        showStatus(""); //$NON-NLS-1$
        String host = current != null ? current.host() : part.getPersistedState().get(HOST);
        site.setItems(read.sites().stream().map(s -> NLS.bind(Messages.AnnualReport_siteItem, s.siteName(), s.host()))
                .toArray(String[]::new));
        int index = read.sites().stream().map(SiteStatistics::host).toList().indexOf(host);
        if (!read.sites().isEmpty()) {
            site.select(Math.max(0, index));
        }
        source.getParent().layout(true);
        showSite();
        if (host != null && index < 0) {
            showStatus(NLS.bind(Messages.AnnualReport_siteMissing, host, Integer.valueOf(read.year())));
        }
    }

    private void yearChosen() {
        if (!save()) {
            year.setSelection(shownYear);
            return;
        }
        part.getPersistedState().put(YEAR, Integer.toString(year.getSelection()));
        statistics = null;
        current = null;
        showSite();
        load(false);
    }

    private void siteChosen() {
        if (save()) {
            showSite();
        }
    }

    /** Shows the chosen site of the statistics with its saved (or carried-over) fields and imported visits. */
    private void showSite() {
        int chosen = year.getSelection();
        shownYear = chosen;
        part.getPersistedState().put(YEAR, Integer.toString(chosen));
        int index = site.getSelectionIndex();
        current = statistics == null || index < 0 ? null : statistics.sites().get(index);
        manual = null;
        rows.setEnabled(false);
        if (current == null) {
            form.clear();
            problemsTable.show(List.of());
            return;
        }
        part.getPersistedState().put(HOST, current.host());
        part.setLabel(NLS.bind(Messages.AnnualReport_partLabel, current.siteName(), Integer.valueOf(chosen)));
        try {
            visits = workspace.visits(chosen).getOrDefault(current.host(), Visits.NONE);
            manual = workspace.manual().load(current.host(), chosen);
        } catch (IOException | RuntimeException e) {
            failed(new ReportFailure(NLS.bind(Messages.AnnualReport_manualFailed, current.host(), e.getMessage()), e));
            return;
        }
        rows.setEnabled(true);
        form.show(report());
        part.setDirty(false);
        check();
    }

    private void edited(RowField field) {
        if (manual == null) {
            return;
        }
        manual = manual.with(field.row(), field.text());
        part.setDirty(true);
        check();
    }

    private void check() {
        problems = checks.check(report(), LocalDate.now(PageTime.ZONE));
        form.mark(problems);
        problemsTable.show(problems);
    }

    private AnnualReport report() {
        return new AnnualReport(shownYear, current, visits, manual);
    }

    private void ifLoaded(Runnable action) {
        if (manual == null) {
            Dialogs.error(status.getShell(), Messages.AnnualReport_title, Messages.AnnualReport_noSite);
        } else {
            action.run();
        }
    }

    /**
     * Saves the manual fields when they changed (the workbench's Save asks dirty parts through this too).
     *
     * @return false when they could not be saved (shown; they stay as typed and dirty)
     */
    @Persist
    @Override
    public boolean save() {
        if (!part.isDirty() || manual == null) {
            return true;
        }
        try {
            workspace.manual().save(current.host(), shownYear, manual);
        } catch (IOException | RuntimeException e) {
            failed(new ReportFailure(NLS.bind(Messages.AnnualReport_saveFailed, current.host(), e.getMessage()), e));
            return false;
        }
        part.setDirty(false);
        showStatus(NLS.bind(Messages.AnnualReport_saved, workspace.manual().file(current.host(), shownYear)));
        return true;
    }

    private void showStatus(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.getParent().layout(true);
        }
    }

    @Focus
    void setFocus() {
        year.setFocus();
    }
}
