package org.govsite.migration.source;

import java.net.URI;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Where the old site's pages come from: a live crawl ({@link CrawlSource}) or a {@code wget --mirror} folder
 * ({@link MirrorSource}), each with an optional list of known old URLs ({@link KnownUrls}). Close it when done.
 */
public interface LegacySource extends AutoCloseable {

    /**
     * Reports every old URL once: the pages read and the URLs that could not be read, with their status.
     *
     * @param sink takes each URL; called from several threads at once for a live site (must be thread-safe), and
     *        a page's document is only valid during the call
     * @param monitor progress, one unit per URL; may be {@code null}
     * @throws OperationCanceledException when the monitor is cancelled
     */
    void read(Consumer<SourcePage> sink, IProgressMonitor monitor);

    /**
     * Fetches an attachment (a document or image linked from a page). Thread-safe.
     *
     * @param url its normalised URL
     * @param maxBytes larger attachments are OVERSIZED, not kept
     */
    Download fetch(URI url, long maxBytes);

    @Override
    void close();
}
