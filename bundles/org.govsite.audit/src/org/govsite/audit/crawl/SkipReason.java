package org.govsite.audit.crawl;

/** Why an URL the pages link to was not requested. */
public enum SkipReason {
    /** robots.txt disallows it. */
    ROBOTS,
    /** Deeper than {@link CrawlSettings#maxDepth()}. */
    DEPTH,
    /** {@link CrawlSettings#maxPages()} pages were crawled already. */
    PAGES,
    /** Longer than {@link CrawlSettings#maxUrlLength()}. */
    URL_LENGTH,
    /** A path segment repeated more than {@link CrawlSettings#maxRepeatedSegments()} times. */
    REPEATED_SEGMENTS,
    /** More than {@link CrawlSettings#maxQueryVariants()} query strings of one path. */
    QUERY_VARIANTS
}
