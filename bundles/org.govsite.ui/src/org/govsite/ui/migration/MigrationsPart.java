package org.govsite.ui.migration;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.govsite.migration.batch.BatchAfter;
import org.govsite.migration.batch.BatchStatus;
import org.govsite.migration.batch.BatchStore;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.ui.Controls;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.session.WorkbenchSession;

/**
 * 迁移批次 (Migrations view): the workspace's batches with their status and counts (a batch whose files cannot be
 * read is listed with its problem); new, open (the wizard on the batch), import again (failed and not yet imported
 * articles: the journal resumes, nothing is imported twice) and export the last report (CSV or JSON).
 */
public class MigrationsPart {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());
    private TableViewer table;
    private MigrationActions actions;
    private UISynchronize sync;
    private final Runnable changed = this::refreshLater;
    private Button reimport;
    /** A re-import started from this view is running (its button stays disabled until it ends). */
    private boolean reimporting;
    private JobPanel afterPanel;
    private org.eclipse.swt.widgets.List failures;

    @PostConstruct
    void create(Composite parent, BatchStore store, UISynchronize uiSync, @Optional WorkbenchSession session,
            @Optional Connections connections, MigrationFiles files) {
        sync = uiSync;
        actions = new MigrationActions(store, sync, session == null ? null : session.platform(), connections, files);
        parent.setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new RowLayout());
        Controls.push(buttons, "migrations.new", Messages.Migration_new, () -> actions.create(parent.getShell())); //$NON-NLS-1$
        Controls.push(buttons, "migrations.open", Messages.Migration_open, () -> selected() //$NON-NLS-1$
                .flatMap(e -> actions.load(parent.getShell(), e.id()))
                .ifPresent(batch -> actions.open(parent.getShell(), batch)));
        reimport = Controls.push(buttons, "migrations.reimport", Messages.Migration_reimport, () -> selected() //$NON-NLS-1$
                .flatMap(e -> actions.load(parent.getShell(), e.id())).ifPresent(batch -> {
                    reimporting = true;
                    reimport.setEnabled(false);
                    if (actions.reimport(parent.getShell(), batch, this::reimported).isEmpty()) {
                        reimporting = false;
                        reimport.setEnabled(true);
                    }
                }));
        Controls.push(buttons, "migrations.export", Messages.Migration_exportReport, () -> selected() //$NON-NLS-1$
                .filter(BatchStore.Entry::readable).ifPresent(e -> actions.exportReport(parent.getShell(), e.batch())));
        Controls.push(buttons, "migrations.refresh", Messages.Migration_refresh, this::refresh); //$NON-NLS-1$
        afterPanel = new JobPanel(parent, sync, "migrations.publishRedirects", Messages.Migration_publishRedirects); //$NON-NLS-1$
        AfterActions after = new AfterActions(actions, afterPanel, this::refresh);
        afterStep(afterPanel.start(), parent, after::publishRedirects);
        afterStep(afterPanel.addStart("migrations.exportRedirects", Messages.Migration_exportRedirects), parent, //$NON-NLS-1$
                after::exportRedirects);
        afterStep(afterPanel.addStart("migrations.publishNotice", Messages.Migration_publishNotice), parent, //$NON-NLS-1$
                after::publishNotice);
        afterStep(afterPanel.addStart("migrations.verify", Messages.Migration_verify), parent, after::verify); //$NON-NLS-1$
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        WidgetIds.tag(table.getTable(), "migrations.table"); //$NON-NLS-1$
        table.getTable().setHeaderVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, BatchStore.Entry.class, Messages.Migration_name, 180,
                e -> e.readable() ? e.batch().name : e.id());
        TableColumns.add(table, BatchStore.Entry.class, Messages.Migration_status, 90,
                e -> e.readable() ? e.batch().status.label() : Messages.Migration_damaged);
        column(Messages.Migration_pages, b -> b.counts.pages());
        column(Messages.Migration_articles, b -> b.counts.articles());
        column(Messages.Migration_imported, b -> b.counts.imported());
        column(Messages.Migration_failed, b -> b.counts.failed());
        column(Messages.Migration_extractionFailures, b -> b.counts.extractionFailures());
        column(Messages.Migration_unresolvedCount, b -> b.counts.unresolved());
        column(Messages.Migration_duplicates, b -> b.counts.duplicates());
        TableColumns.add(table, BatchStore.Entry.class, Messages.Migration_redirectsColumn, 180,
                e -> e.readable() && !e.batch().after.published.isEmpty() ? NLS.bind(Messages.Migration_redirectsCell,
                        new Object[] { e.batch().after.moved, e.batch().after.gone, e.batch().after.notReady }) : ""); //$NON-NLS-1$
        TableColumns.add(table, BatchStore.Entry.class, Messages.Migration_noticeColumn, 200,
                e -> e.readable() ? String.join(Messages.Migration_listSeparator, e.batch().after.notices) : ""); //$NON-NLS-1$
        TableColumns.add(table, BatchStore.Entry.class, Messages.Migration_verifyColumn, 120,
                e -> e.readable() && !e.batch().after.verified.isEmpty()
                        ? NLS.bind(Messages.Migration_verifyCell, e.batch().after.passed, e.batch().after.failed) : ""); //$NON-NLS-1$
        TableColumns.add(table, BatchStore.Entry.class, Messages.Migration_lastRun, 160,
                e -> e.readable() ? localTime(e.batch().lastRun) : ""); //$NON-NLS-1$
        TableColumns.add(table, BatchStore.Entry.class, Messages.Migration_message, 300,
                e -> e.readable() ? e.batch().message : e.problem());
        new Label(parent, SWT.NONE).setText(Messages.Migration_verifyFailures);
        failures = WidgetIds.tag(new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL),
                "migrations.verifyFailures"); //$NON-NLS-1$
        GridData failuresData = new GridData(SWT.FILL, SWT.FILL, true, false);
        failuresData.heightHint = 80;
        failures.setLayoutData(failuresData);
        table.addSelectionChangedListener(e -> showFailures());
        store.addListener(changed);
        table.getTable().addListener(SWT.Dispose, e -> store.removeListener(changed));
        refresh();
    }

    /** Wires a step 6 button: the selected batch, read again, to {@code step}. */
    private void afterStep(Button button, Composite parent, BiConsumer<Shell, MigrationBatch> step) {
        button.addListener(SWT.Selection, e -> selected().flatMap(entry -> actions.load(parent.getShell(), entry.id()))
                .ifPresent(batch -> step.accept(parent.getShell(), batch)));
    }

    /** Lists the selected batch's old URLs that failed its last verification. */
    private void showFailures() {
        failures.removeAll();
        selected().filter(BatchStore.Entry::readable).ifPresent(entry -> {
            try {
                new BatchAfter(actions.store()).failedVerifications(entry.batch()).forEach(failed -> failures.add(
                        NLS.bind(Messages.Migration_verifyFailure, failed.oldUrl(), failed.evidence())));
            } catch (IOException e) {
                failures.add(NLS.bind(Messages.Migration_reportUnreadable, actions.store().report(entry.id(), true),
                        e.getMessage()));
            }
        });
    }

    private void column(String title, ToIntFunction<MigrationBatch> count) {
        TableColumns.add(table, BatchStore.Entry.class, title, 60,
                e -> e.readable() ? String.valueOf(count.applyAsInt(e.batch())) : ""); //$NON-NLS-1$
    }

    /** @return an ISO-8601 instant in this computer's time zone, to the minute (empty stays empty) */
    static String localTime(String instant) {
        try {
            return instant.isEmpty() ? "" : MINUTES.format(Instant.parse(instant)); //$NON-NLS-1$
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private java.util.Optional<BatchStore.Entry> selected() {
        Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
        return java.util.Optional.ofNullable((BatchStore.Entry) first);
    }

    private void refreshLater() {
        sync.asyncExec(this::refresh);
    }

    /** After a re-import ended (its batch released): the button back, the list read again. */
    private void reimported() {
        reimporting = false;
        refresh();
    }

    /** Lists the batches again, keeping the selection by id. */
    void refresh() {
        if (table.getTable().isDisposed()) {
            return;
        }
        String selectedId = selected().map(BatchStore.Entry::id).orElse(null);
        List<BatchStore.Entry> entries = actions.store().list();
        table.setInput(entries);
        entries.stream().filter(e -> e.id().equals(selectedId)).findFirst()
                .ifPresent(e -> table.getTable().select(entries.indexOf(e)));
        reimport.setEnabled(!reimporting);
        showFailures();
        boolean importing = entries.stream().anyMatch(e -> e.readable() && e.batch().status == BatchStatus.IMPORTING);
        table.getTable().setToolTipText(importing ? Messages.Migration_importingHint : null);
    }

    @Focus
    void focus() {
        table.getTable().setFocus();
    }

    @PreDestroy
    void dispose() {
        actions.store().removeListener(changed);
    }
}
