package org.govsite.audit.crawl;

import java.net.URI;
import java.util.List;

/**
 * Fetches single URLs outside a crawl with the crawler's HTTP machinery (politeness, retries, timeouts, redirects
 * followed as the crawler follows them): known URLs no link reaches and attachments. Unlike a crawl, the body of the
 * last answer is kept whatever its type, up to {@link CrawlSettings#maxPageBytes()} (a longer one is cut there and
 * marked {@link Hop#truncated()}; {@link Hop#size()} then says how long it was). Thread-safe; close it when done.
 */
public final class Downloader implements AutoCloseable {
    private final CrawlSettings settings;
    private final Fetcher fetcher;

    public Downloader(CrawlSettings settings) {
        this.settings = settings;
        this.fetcher = new Fetcher(settings, List.of());
    }

    /**
     * @param url an http(s) URL in its normal form ({@link Urls#normalize(String)})
     * @return the GETs made, from {@code url} through its redirects; each URL is requested once per downloader and
     *         only its first asker gets the body (later ones get the answer without it)
     */
    public Resolution get(URI url) {
        return Resolution.follow(url, settings.maxRedirects(), fetcher::getAnyType);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
