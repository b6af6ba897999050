package org.govsite.audit.crawl;

import java.net.URI;

/**
 * A page the crawler read.
 *
 * @param url its URL (after redirects)
 * @param depth links from the home page
 * @param title the decoded {@code <title>}
 * @param charset the charset it was decoded with
 * @param truncated longer than the page-size cap: only the start was read
 */
public record Page(URI url, int depth, String title, String charset, boolean truncated) {
}
