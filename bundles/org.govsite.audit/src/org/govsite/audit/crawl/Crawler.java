package org.govsite.audit.crawl;

import java.net.URI;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.audit.Messages;

/**
 * Crawls a site from its home page (see docs/audit.md): pages in scope are read and their links followed, every other
 * link is checked once. Headless; the workbench runs it in a Job, the command line and benchmarks call it directly.
 */
public final class Crawler {
    private final CrawlSettings settings;

    public Crawler(CrawlSettings settings) {
        this.settings = settings;
    }

    /**
     * @param home the site's home page (http or https)
     * @param monitor progress, one unit per page read; may be {@code null}
     * @throws OperationCanceledException when the monitor is cancelled (requests in flight are abandoned)
     * @throws IllegalArgumentException when {@code home} is not an http(s) URL
     */
    public CrawlResult crawl(URI home, IProgressMonitor monitor) {
        return crawl(home, monitor, PageReader.NONE);
    }

    /**
     * As {@link #crawl(URI, IProgressMonitor)}, showing each page read to {@code reader} (e.g. the content checks).
     *
     * @param reader called on the crawl's threads for each page read, with its parsed document
     */
    public CrawlResult crawl(URI home, IProgressMonitor monitor, PageReader reader) {
        URI start = Urls.normalize(home.toString());
        if (start == null) {
            throw new IllegalArgumentException(home.toString());
        }
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.CrawlTask, start), settings.maxPages());
        try (CrawlRun run = new CrawlRun(start, settings, reader)) {
            return run.execute(progress);
        }
    }
}
