package org.govsite.migration.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.PlatformClient;
import org.govsite.migration.ImportResult;
import org.govsite.migration.Messages;
import org.govsite.migration.MigrationPlan;
import org.govsite.migration.UrlOutcome;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.mapping.Outcome;

/**
 * Step 5 of the pipeline: imports a plan's articles into the platform's resource library through the signed API, in
 * batches, recording each key's state in a journal. A run skips what the journal records as imported and sends the
 * rest again (failed and pending keys alike): the article id and the idempotency key are the migration key, so a
 * request the server already applied is answered with the article it created, never a second one.
 */
public final class Importer {
    private final ImportJournal journal;
    private final ImportSettings settings;
    private final ArticleUpload upload;

    /**
     * @param client logged in as a content editor
     * @param journal where the state of each key is kept between runs
     * @param attachments the digest folder the plan kept the attachments in
     */
    public Importer(PlatformClient client, ImportJournal journal, DigestFolder attachments, ImportSettings settings) {
        this.journal = journal;
        this.settings = settings;
        this.upload = new ArticleUpload(client, attachments, settings.defaultSource());
    }

    /** @return whether the import takes the outcome's article: redirected, extracted, not a duplicate */
    public static boolean imports(UrlOutcome outcome) {
        return outcome.article() != null && outcome.duplicateOf() == null
                && outcome.decision().outcome() == Outcome.REDIRECT;
    }

    /**
     * @param monitor progress, one unit per article, the old URL as sub-task; may be {@code null}
     * @return per article to import, in URL order: imported, already imported or failed with the reason
     * @throws OperationCanceledException when the monitor is cancelled (checked between articles; the journal holds
     *         what was done, a later run goes on from there)
     * @throws JournalException when the journal cannot be written
     * @throws org.govsite.client.ClientException when a request got no answer (server unreachable, connection
     *         broken: {@code code()} null): the run stops, the journal synced, the unanswered key pending
     */
    public List<ImportResult> run(MigrationPlan plan, IProgressMonitor monitor) {
        List<UrlOutcome> articles = plan.outcomes().stream().filter(Importer::imports).toList();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.TaskImport, articles.size()),
                articles.size());
        List<ImportResult> results = new ArrayList<>();
        for (int start = 0; start < articles.size(); start += settings.batchSize()) {
            List<UrlOutcome> batch = articles.subList(start, Math.min(articles.size(), start + settings.batchSize()));
            checkCanceled(progress);
            for (UrlOutcome outcome : batch) {
                if (!imported(outcome).isPresent()) {
                    journal.record(JournalEntry.pending(outcome.key(), outcome.url()));
                }
            }
            journal.sync();
            try {
                for (UrlOutcome outcome : batch) {
                    checkCanceled(progress);
                    progress.subTask(outcome.url().toString());
                    results.add(importOne(outcome));
                    progress.worked(1);
                }
            } finally {
                journal.sync();
            }
        }
        return results;
    }

    private ImportResult importOne(UrlOutcome outcome) {
        Optional<JournalEntry> earlier = imported(outcome);
        if (earlier.isPresent()) {
            JournalEntry published = upload.published(earlier.get(), outcome);
            if (!published.equals(earlier.get())) {
                journal.record(published);
            }
            return published.result(true);
        }
        JournalEntry entry = upload.upload(outcome);
        journal.record(entry);
        return entry.result(false);
    }

    private Optional<JournalEntry> imported(UrlOutcome outcome) {
        return journal.entry(outcome.key()).filter(entry -> entry.state() == JournalEntry.State.IMPORTED);
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
