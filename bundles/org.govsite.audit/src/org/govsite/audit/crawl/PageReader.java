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
     * @param document its parsed HTML, with the text of each style sheet it links on a host in scope put in right
     *        after the link as {@code <style data-href="URL">} (fetched once per crawl), so that style checks see
     *        what a browser applies; only valid during the call
     */
    void read(Page page, Document document);
}
