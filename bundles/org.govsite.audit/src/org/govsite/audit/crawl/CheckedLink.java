package org.govsite.audit.crawl;

/**
 * A link and where it led.
 *
 * @param link the reference on a page
 * @param outcome the redirects and last answer, or {@code null} when the target was not requested (see
 *        {@link CrawlResult#skipped()})
 */
public record CheckedLink(Link link, Resolution outcome) {
}
