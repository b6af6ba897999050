package org.govsite.audit.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * A page the crawler read.
 *
 * @param url its URL (after redirects)
 * @param depth links from the home page (pages only a sitemap lists are at depth 1)
 * @param title the decoded {@code <title>}
 * @param charset the charset it was decoded with
 * @param undecodable characters its bytes did not decode to in that charset (they read U+FFFD)
 * @param truncated longer than the page-size cap: only the start was read
 * @param loadTime the GET of its URL (the last of its redirects), from sending the request to the last byte of the
 *        answer: no redirects, no images, scripts or style sheets, no rendering, no time queued for a connection
 * @param anchors the ids and {@code a[name]} names it holds, when fragments are checked; else empty
 */
public record Page(URI url, int depth, String title, String charset, int undecodable, boolean truncated,
        Duration loadTime, Set<String> anchors) {

    public Page {
        anchors = Set.copyOf(anchors);
    }
}
