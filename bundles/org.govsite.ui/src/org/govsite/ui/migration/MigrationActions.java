package org.govsite.ui.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.client.PlatformClient;
import org.govsite.migration.batch.BatchException;
import org.govsite.migration.batch.BatchRun;
import org.govsite.migration.batch.BatchStore;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.model.Platform;
import org.govsite.ui.Dialogs;
import org.govsite.ui.connect.ConnectionState;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.session.UiJobs;
import org.govsite.ui.wizard.GovSiteWizardDialog;

/** What can be done with the workspace's migration batches: new, open in the wizard, import again, export the report. */
final class MigrationActions {
    private final BatchStore store;
    private final UISynchronize sync;
    private final Platform platform;
    private final Connections connections;
    private final MigrationFiles files;
    /** Ids of the batches being imported or run through step 6 (one run per batch and journal at a time). */
    private final Set<String> importing = ConcurrentHashMap.newKeySet();

    MigrationActions(BatchStore store, UISynchronize sync, Platform platform, Connections connections,
            MigrationFiles files) {
        this.store = store;
        this.sync = sync;
        this.platform = platform;
        this.connections = connections;
        this.files = files;
    }

    /** Creates a draft batch and opens the wizard on it (not blocking). */
    GovSiteWizardDialog create(Shell shell) {
        try {
            return open(shell, store.create(Messages.Migration_newBatchName));
        } catch (IOException e) {
            Dialogs.error(shell, Messages.Migration_saveFailedTitle,
                    NLS.bind(Messages.Migration_saveFailed, store.folder(""), e.getMessage())); //$NON-NLS-1$
            return null;
        }
    }

    /** Opens the wizard on the batch (not blocking). */
    GovSiteWizardDialog open(Shell shell, MigrationBatch batch) {
        GovSiteWizardDialog dialog = new GovSiteWizardDialog(shell, new MigrationWizard(this, batch));
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /**
     * Imports the batch again through its connection (logged in): the journal resumes, only what is not imported is
     * sent. @return the job, or empty with the reason shown when it cannot start
     */
    Optional<org.eclipse.core.runtime.jobs.Job> reimport(Shell shell, MigrationBatch batch, Runnable done) {
        if (client(shell, batch, Messages.Migration_reimport).isEmpty()) {
            return Optional.empty();
        }
        if (!importing.add(batch.id)) {
            Dialogs.error(shell, Messages.Migration_reimport, Messages.Migration_alreadyImporting);
            return Optional.empty();
        }
        Runnable ended = () -> {
            release(batch.id); // on the UI thread, before the view's buttons come back
            done.run();
        };
        return Optional.of(UiJobs.run(NLS.bind(Messages.Migration_importingBatch, batch.name),
                sync, JobPanel.unchecked(monitor -> new BatchRun(store).importArticles(batch,
                        connections.client(batch.connection), monitor)),
                report -> ended.run(), failure -> {
                    release(batch.id);
                    Dialogs.error(shell, Messages.Migration_reimport, failure.getMessage());
                    done.run();
                }, ended));
    }

    /**
     * @return the logged-in client of the batch's connection, or empty with the reason shown (titled {@code title})
     */
    Optional<PlatformClient> client(Shell shell, MigrationBatch batch, String title) {
        if (connections == null || batch.connection.isBlank()
                || connections.state(batch.connection) != ConnectionState.LOGGED_IN) {
            Dialogs.error(shell, title, Messages.Migration_reimportNotLoggedIn);
            return Optional.empty();
        }
        return Optional.of(connections.client(batch.connection));
    }

    /**
     * Marks the batch as being imported or run through step 6 (one run per batch at a time). @return false when it
     *         already is (the caller refuses to start)
     */
    boolean startImport(String id) {
        return importing.add(id);
    }

    /** Ends the batch's import mark (taken by {@link #startImport(String)}). */
    void release(String id) {
        importing.remove(id);
    }

    /** Copies the batch's last report (JSON or CSV, by the name chosen) to a file chosen. */
    void exportReport(Shell shell, MigrationBatch batch) {
        if (!Files.exists(store.report(batch.id, true))) {
            Dialogs.error(shell, Messages.Migration_exportReport, Messages.Migration_noReport);
            return;
        }
        files.save(shell, Messages.Migration_exportReport, "migration-report.csv", "*.csv", "*.json") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .ifPresent(file -> {
                    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"); //$NON-NLS-1$
                    try {
                        Files.copy(store.report(batch.id, json), file, StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        Dialogs.error(shell, Messages.Migration_exportReport,
                                NLS.bind(Messages.Migration_fileUnwritable, file, e.getMessage()));
                    }
                });
    }

    /** @return the batch read again from its folder, or empty with the problem shown */
    Optional<MigrationBatch> load(Shell shell, String id) {
        try {
            return Optional.of(store.load(id));
        } catch (BatchException e) {
            Dialogs.error(shell, Messages.Migration_open, e.getMessage());
            return Optional.empty();
        }
    }

    BatchStore store() {
        return store;
    }

    UISynchronize sync() {
        return sync;
    }

    Platform platform() {
        return platform;
    }

    Connections connections() {
        return connections;
    }

    MigrationFiles files() {
        return files;
    }
}
