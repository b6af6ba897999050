package org.govsite.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.migration.extract.AttachmentStore;
import org.govsite.migration.extract.Attachments;
import org.govsite.migration.extract.Extraction;
import org.govsite.migration.extract.Extractor;
import org.govsite.migration.mapping.Decision;
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
     * @param listProblems the known-URL list's bad lines, carried into the plan
     * @param monitor progress, one unit per old URL; may be {@code null}
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public MigrationPlan plan(LegacySource source, AttachmentStore store, List<LineProblem> listProblems,
            IProgressMonitor monitor) {
        Extractor extractor = new Extractor(settings.templates(), new Attachments(source,
                settings.maxAttachmentBytes(), store, settings.attachmentAddress()));
        Queue<UrlOutcome> outcomes = new ConcurrentLinkedQueue<>();
        source.read(page -> outcomes.add(outcome(page, extractor)), monitor);
        List<UrlOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparing(UrlOutcome::url));
        return new MigrationPlan(Duplicates.mark(sorted), listProblems);
    }

    private UrlOutcome outcome(SourcePage page, Extractor extractor) {
        Decision decision = settings.mapping().decide(page.url());
        Extraction extraction = page.status() == SourceStatus.FETCHED ? extractor.extract(page.url(), page.document())
                : new Extraction(null, null);
        return new UrlOutcome(page.url(), MigrationKeys.key(page.url()), page.listedOnly(), page.status(),
                page.detail(), page.undecodable(), decision, extraction.article(), extraction.failure(), null);
    }
}
