package org.govsite.migration.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntPredicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.ArticleBatchResult;
import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.migration.Completions;
import org.govsite.migration.ImportResult;
import org.govsite.migration.Messages;
import org.govsite.migration.MigrationPlan;
import org.govsite.migration.UrlOutcome;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.mapping.Outcome;

/**
 * Step 5 of the pipeline: imports a plan's articles into the platform's resource library through the signed API, in
 * batches, recording each key's state in a journal (every key of a batch is durably pending before any of it is
 * sent). A run skips what the journal records as imported and sends the rest again (failed and pending keys alike):
 * the article id and the idempotency key are the migration key, so a request the server already applied is answered
 * with the article it created, never a second one.
 * <p>
 * With {@link ImportSettings#bulk()} and a server that has {@code POST /api/v1/articles/batch}, a batch's articles are
 * prepared (attachments put) with up to {@link ImportSettings#requestsInFlight()} at a time, then sent together in one
 * bulk request (more only beyond the server's limits, one after the other) and each article's outcome recorded.
 * Otherwise each article is sent on its own, up to {@code requestsInFlight} at a time.
 */
public final class Importer {
    private final ImportJournal journal;
    private final ImportSettings settings;
    private final DigestFolder attachments;
    private final PlatformClient client;

    /**
     * @param client logged in as a content editor
     * @param journal where the state of each key is kept between runs
     * @param attachments the digest folder the plan kept the attachments in
     */
    public Importer(PlatformClient client, ImportJournal journal, DigestFolder attachments, ImportSettings settings) {
        this.journal = journal;
        this.settings = settings;
        this.attachments = attachments;
        this.client = client;
    }

    /** @return whether the import takes the outcome's article: redirected, extracted, not a duplicate */
    public static boolean imports(UrlOutcome outcome) {
        return outcome.article() != null && outcome.duplicateOf() == null
                && outcome.decision().outcome() == Outcome.REDIRECT;
    }

    /**
     * @param monitor progress, one unit per article, the old URL as sub-task when it is sent; may be {@code null}
     * @return per article to import, in URL order: imported, already imported or failed with the reason
     * @throws OperationCanceledException when the monitor is cancelled (checked before each article is sent or, in
     *         bulk, prepared; the articles in flight, in bulk those prepared, are sent, answered and recorded first,
     *         so the journal holds what was done and a later run goes on from there)
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
        boolean bulk = !articles.isEmpty() && bulk();
        ArticleUpload upload = new ArticleUpload(client, attachments, settings, plan);
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
                CompletionService<Boolean> sent = new ExecutorCompletionService<>(senders);
                try {
                    if (bulk) {
                        bulkBatch(upload, articles, start, end, results, sent, progress);
                    } else {
                        inFlight(articles, start, end, sent, progress, i -> {
                            results[i] = importOne(upload, articles.get(i));
                            return true;
                        });
                    }
                } finally {
                    journal.sync();
                }
            }
        }
        return List.of(results);
    }

    /**
     * Prepares the articles {@code start} to {@code end} (each already imported or failing before it is sent is
     * recorded then), then sends those prepared in bulk and records each outcome. A cancel while preparing still
     * sends what was prepared, then is thrown; any other problem while preparing is thrown before anything is sent. A
     * bulk request refused whole (an expired session, say) fails each of its articles with the reason, as their own
     * requests would have been; one without an answer is thrown, its articles' keys left pending.
     */
    private void bulkBatch(ArticleUpload upload, List<UrlOutcome> articles, int start, int end, ImportResult[] results,
            CompletionService<Boolean> sent, SubMonitor progress) {
        ArticleRequest[] prepared = new ArticleRequest[end - start];
        OperationCanceledException canceled = null;
        try {
            inFlight(articles, start, end, sent, progress, i -> {
                UrlOutcome outcome = articles.get(i);
                if (imported(outcome).isPresent()) {
                    results[i] = importOne(upload, outcome);
                    return true;
                }
                ArticleUpload.Prepared article = upload.prepare(outcome);
                if (article.failed() != null) {
                    journal.record(article.failed());
                    results[i] = article.failed().result(false);
                    return true;
                }
                prepared[i - start] = article.request();
                return false;
            });
        } catch (OperationCanceledException e) {
            canceled = e;
        }
        List<Integer> indices = new ArrayList<>();
        List<ArticleRequest> requests = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (prepared[i - start] != null) {
                indices.add(i);
                requests.add(prepared[i - start]);
            }
        }
        for (List<Integer> chunk : ArticleBatches.split(requests)) {
            List<ArticleBatchResult> answers = null;
            String refusal = null;
            try {
                answers = ArticleBatches.send(client, chunk.stream().map(requests::get).toList());
            } catch (ClientException e) {
                refusal = ArticleUpload.refusal(e);
            }
            for (int c = 0; c < chunk.size(); c++) {
                int index = indices.get(chunk.get(c));
                UrlOutcome outcome = articles.get(index);
                JournalEntry entry = answers != null ? upload.entry(outcome, answers.get(c))
                        : JournalEntry.failed(outcome.key(), outcome.url(), refusal);
                journal.record(entry);
                results[index] = entry.result(false);
                progress.worked(1);
            }
        }
        if (canceled != null) {
            throw canceled;
        }
    }

    /**
     * @return whether the settings ask for bulk requests and the server has them; a server refusing to say (e.g. the
     *         caller is no content editor) gets one request per article, each refused with the reason
     * @throws ClientException when the server did not answer
     */
    private boolean bulk() {
        if (!settings.bulk()) {
            return false;
        }
        try {
            return client.hasArticleBatches();
        } catch (ClientException e) {
            ArticleUpload.refusal(e);
            return false;
        }
    }

    /**
     * Runs {@code task} for the articles {@code start} to {@code end} with at most {@code requestsInFlight} at a
     * time. Progress and cancel are handled on the calling thread: one unit per task that answers {@code true} (its
     * article's outcome recorded). When a task throws (no answer, cancel, journal) no further one is started, those
     * in flight are awaited (each records its own outcome), then the first problem is thrown.
     */
    private void inFlight(List<UrlOutcome> articles, int start, int end, CompletionService<Boolean> sent,
            SubMonitor progress, IntPredicate task) {
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
            int index = i;
            progress.subTask(articles.get(i).url().toString());
            sent.submit(() -> task.test(index));
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

    /** Waits for the next task to end, one unit of progress if it recorded its article; throws what it threw. */
    private static void answered(CompletionService<Boolean> sent, SubMonitor progress) {
        if (Completions.next(sent).booleanValue()) {
            progress.worked(1);
        }
    }

    private ImportResult importOne(ArticleUpload upload, UrlOutcome outcome) {
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
