package org.govsite.audit.crawl;

import org.jsoup.nodes.Document;

/**
 * Looks at each page while the crawler holds it parsed, so that page checks need no copy of the bodies (the crawl
 * result keeps none). Called on the crawl's worker threads, concurrently: implementations must be thread-safe.
 */
@FunctionalInterface
public interface PageReader {

    /** Reads nothing. */
    PageReader NONE = (page, document) -> {
    };

    /**
     * @param page the page as the crawl result will hold it
     * @param document its parsed HTML; only valid during the call
     */
    void read(Page page, Document document);
}
