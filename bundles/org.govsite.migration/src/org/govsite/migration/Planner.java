package org.govsite.migration;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.migration.extract.Article;
import org.govsite.migration.extract.Article.DateFrom;
import org.govsite.migration.extract.AttachmentStore;
import org.govsite.migration.extract.Attachments;
import org.govsite.migration.extract.Extraction;
import org.govsite.migration.extract.Extractor;
import org.govsite.migration.mapping.Decision;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.SourcePage;
import org.govsite.migration.source.SourceStatus;

/**
 * Steps 1 to 3 of the pipeline: reads the source, extracts each page read (attachments fetched and kept in the
 * given store, body links rewritten) and maps every old URL; then marks duplicates. Headless; thread-safe per call.
 */
public final class Planner {
    private final MigrationSettings settings;

    public Planner(MigrationSettings settings) {
        this.settings = settings;
    }

    /**
     * @param source the legacy site
     * @param store where attachments are kept ({@link AttachmentStore#DIGEST_ONLY} keeps nothing)
     * @param known the known-URL list ({@link KnownUrls#NONE}: none): its bad lines are carried into the plan, its
     *        dates given to the articles whose pages show none ({@link DateFrom#URL_LIST})
     * @param monitor progress, one unit per old URL; may be {@code null}
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public MigrationPlan plan(LegacySource source, AttachmentStore store, KnownUrls known, IProgressMonitor monitor) {
        Extractor extractor = new Extractor(settings.templates(), new Attachments(source,
                settings.maxAttachmentBytes(), store, settings.attachmentAddress()));
        Queue<UrlOutcome> outcomes = new ConcurrentLinkedQueue<>();
        source.read(page -> outcomes.add(outcome(page, extractor, known)), monitor);
        List<UrlOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparing(UrlOutcome::url));
        return new MigrationPlan(Duplicates.mark(sorted), known.problems());
    }

    private UrlOutcome outcome(SourcePage page, Extractor extractor, KnownUrls known) {
        Decision decision = settings.mapping().decide(page.url());
        Extraction extraction = page.status() == SourceStatus.FETCHED ? extractor.extract(page.url(), page.document())
                : new Extraction(null, null);
        Article article = extraction.article();
        ZonedDateTime listed = known.published().get(page.url());
        if (article != null && article.published() == null && listed != null) {
            article = article.withPublished(listed, DateFrom.URL_LIST);
        }
        return new UrlOutcome(page.url(), MigrationKeys.key(page.url()), page.listedOnly(), page.status(),
                page.detail(), page.undecodable(), decision, article, extraction.failure(), null);
    }
}
