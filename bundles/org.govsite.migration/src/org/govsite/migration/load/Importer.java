package org.govsite.migration.load;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * batches of which up to {@link ImportSettings#requestsInFlight()} articles are sent at the same time, recording each
 * key's state in a journal (every key of a batch is durably pending before any of it is sent). A run skips what the
 * journal records as imported and sends the rest again (failed and pending keys alike): the article id and the
 * idempotency key are the migration key, so a request the server already applied is answered with the article it
 * created, never a second one.
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
     * @param monitor progress, one unit per article, the old URL as sub-task when it is sent; may be {@code null}
     * @return per article to import, in URL order: imported, already imported or failed with the reason
     * @throws OperationCanceledException when the monitor is cancelled (checked before each article is sent; the
     *         articles in flight are answered and recorded first, so the journal holds what was done and a later
     *         run goes on from there)
     * @throws JournalException when the journal cannot be written
     * @throws org.govsite.client.ClientException when a request got no answer (server unreachable, connection
     *         broken: {@code code()} null): no further article is sent, those in flight are answered and recorded,
     *         the journal synced, the unanswered keys pending
     */
    public List<ImportResult> run(MigrationPlan plan, IProgressMonitor monitor) {
        List<UrlOutcome> articles = plan.outcomes().stream().filter(Importer::imports).toList();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.TaskImport, articles.size()),
                articles.size());
        ImportResult[] results = new ImportResult[articles.size()];
        try (ExecutorService senders = Executors.newFixedThreadPool(settings.requestsInFlight())) {
            for (int start = 0; start < articles.size(); start += settings.batchSize()) {
                int end = Math.min(articles.size(), start + settings.batchSize());
                checkCanceled(progress);
                for (UrlOutcome outcome : articles.subList(start, end)) {
                    if (!imported(outcome).isPresent()) {
                        journal.record(JournalEntry.pending(outcome.key(), outcome.url()));
                    }
                }
                journal.sync();
                try {
                    batch(articles, start, end, results, new ExecutorCompletionService<>(senders), progress);
                } finally {
                    journal.sync();
                }
            }
        }
        return List.of(results);
    }

    /**
     * Sends the articles {@code start} to {@code end} with at most {@code requestsInFlight} at a time. Progress and
     * cancel are handled on the calling thread. When an article throws (no answer, cancel, journal) no further one
     * is sent, those in flight are awaited (each records its own outcome), then the first problem is thrown.
     */
    private void batch(List<UrlOutcome> articles, int start, int end, ImportResult[] results,
            CompletionService<Void> sent, SubMonitor progress) {
        int inFlight = 0;
        Throwable problem = null;
        for (int i = start; i < end && problem == null; i++) {
            try {
                if (inFlight == settings.requestsInFlight()) {
                    inFlight--;
                    answered(sent, progress);
                }
                checkCanceled(progress);
            } catch (RuntimeException | Error e) {
                problem = e;
                break;
            }
            UrlOutcome outcome = articles.get(i);
            int index = i;
            progress.subTask(outcome.url().toString());
            sent.submit(() -> {
                results[index] = importOne(outcome);
                return null;
            });
            inFlight++;
        }
        for (; inFlight > 0; inFlight--) {
            try {
                answered(sent, progress);
            } catch (RuntimeException | Error e) {
                problem = problem == null ? e : problem;
            }
        }
        if (problem instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (problem instanceof Error error) {
            throw error;
        }
    }

    /** Waits for the next article sent to be answered and recorded; throws what it threw. */
    private static void answered(CompletionService<Void> sent, SubMonitor progress) {
        try {
            sent.take().get();
            progress.worked(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
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
