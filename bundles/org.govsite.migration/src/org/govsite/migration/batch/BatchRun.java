package org.govsite.migration.batch;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.PlatformClient;
import org.govsite.migration.ImportResult;
import org.govsite.migration.MigrationPlan;
import org.govsite.migration.MigrationReport;
import org.govsite.migration.MigrationSettings;
import org.govsite.migration.cli.ReportFile;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.load.ImportSettings;
import org.govsite.migration.load.Importer;
import org.govsite.migration.load.JournalFile;
import org.govsite.migration.source.KnownUrls;

/**
 * Runs a batch: the dry run, or the import into the resource library through a logged-in client with the batch's
 * journal and attachments folder (a second import resumes: what the journal records as imported is not sent again,
 * failed articles are). Each run leaves the batch's status, counts and times saved and its report in the batch
 * folder; a cancelled run leaves CANCELLED, an error FAILED with its message (and the exception thrown on).
 */
public final class BatchRun {
    /** Articles per import batch. */
    public static final int IMPORT_BATCH = 50;
    private final BatchStore store;

    public BatchRun(BatchStore store) {
        this.store = store;
    }

    /**
     * @return the dry run's report; nothing written but the batch's own files: its plan and the attachments read are
     *         kept for the import and step 6 ({@link BatchPlans})
     */
    public MigrationReport dryRun(MigrationBatch batch, IProgressMonitor monitor) throws BatchException, IOException {
        MigrationSettings settings = BatchSources.settings(batch);
        KnownUrls list = BatchSources.knownUrls(batch);
        return run(batch, null, () -> MigrationReport.of(BatchPlans.read(store, batch, list, monitor),
                settings.samplesPerColumn()));
    }

    /**
     * @return the import's report: the plan (the last dry run's while the batch's settings are those it was made from,
     *         else read again; attachments kept in the batch folder; its columns and topics as the platform's ids) and
     *         each article's result
     */
    public MigrationReport importArticles(MigrationBatch batch, PlatformClient client, IProgressMonitor monitor)
            throws BatchException, IOException {
        MigrationSettings settings = BatchSources.settings(batch);
        KnownUrls list = BatchSources.knownUrls(batch);
        ImportSettings importSettings;
        try {
            importSettings = new ImportSettings(IMPORT_BATCH, batch.defaultSource.strip(), ImportSettings.DEFAULT_REQUESTS_IN_FLIGHT,
                    true, BatchSources.site(batch.newSite), BatchSources.undatedTime(batch));
        } catch (IllegalArgumentException e) {
            throw new BatchException(Messages.BadDefaultSource);
        }
        return run(batch, BatchStatus.IMPORTING, () -> {
            SubMonitor progress = SubMonitor.convert(monitor, 2);
            MigrationPlan plan = BatchPlans.kept(store, batch, list, progress.split(1))
                    .withColumnsOf(BatchSources.resolvedMapping(batch, client));
            DigestFolder attachments = new DigestFolder(store.attachments(batch.id));
            List<ImportResult> results;
            try (JournalFile journal = JournalFile.open(store.journal(batch.id))) {
                results = new Importer(client, journal, attachments, importSettings).run(plan, progress.split(1));
            }
            return MigrationReport.of(plan, settings.samplesPerColumn()).withImports(results);
        });
    }

    private interface Work {
        MigrationReport run() throws BatchException, IOException;
    }

    private MigrationReport run(MigrationBatch batch, BatchStatus running, Work work) throws BatchException, IOException {
        BatchStatus before = batch.status;
        if (running != null) {
            batch.status = running;
            batch.message = ""; //$NON-NLS-1$
            store.save(batch);
        }
        MigrationReport report;
        try {
            report = work.run();
        } catch (OperationCanceledException e) {
            end(batch, running == null ? before : BatchStatus.CANCELLED, ""); //$NON-NLS-1$
            throw e;
        } catch (BatchException | IOException | RuntimeException e) {
            end(batch, running == null ? before : BatchStatus.FAILED, NLS.bind(Messages.RunFailed, e.getMessage()));
            throw e;
        }
        BatchCounts counts = BatchCounts.of(report);
        if (running == null) { // a dry run keeps what earlier imports did
            counts = new BatchCounts(counts.pages(), counts.articles(), batch.counts.imported(),
                    batch.counts.failed(), counts.extractionFailures(), counts.unresolved(), counts.duplicates());
        }
        batch.counts = counts;
        ReportFile.write(report, store.report(batch.id, true));
        ReportFile.write(report, store.report(batch.id, false));
        end(batch, finished(before, running), ""); //$NON-NLS-1$
        return report;
    }

    /** A dry run leaves DRY_RUN_DONE unless the batch was imported already; an import IMPORTED. */
    private static BatchStatus finished(BatchStatus before, BatchStatus running) {
        if (running != null) {
            return BatchStatus.IMPORTED;
        }
        return before == BatchStatus.IMPORTED ? before : BatchStatus.DRY_RUN_DONE;
    }

    private void end(MigrationBatch batch, BatchStatus status, String message) throws IOException {
        batch.status = status;
        batch.message = message;
        batch.lastRun = Instant.now().toString();
        store.save(batch);
    }
}
