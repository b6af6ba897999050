package org.govsite.audit.crawl;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Spider-trap limits: decides, once per URL, whether a page is crawled. Thread-safe. */
final class TrapGuard {
    private final CrawlSettings settings;
    private final AtomicInteger pages = new AtomicInteger();
    private final Map<String, Set<String>> queries = new ConcurrentHashMap<>();

    TrapGuard(CrawlSettings settings) {
        this.settings = settings;
    }

    /** @return why the page at {@code url}, {@code depth} links from the home page, is not crawled, or {@code null} */
    SkipReason refuse(URI url, int depth) {
        if (depth > settings.maxDepth()) {
            return SkipReason.DEPTH;
        }
        if (url.toString().length() > settings.maxUrlLength()) {
            return SkipReason.URL_LENGTH;
        }
        Map<String, Integer> segments = new HashMap<>();
        for (String segment : url.getRawPath().split("/")) { //$NON-NLS-1$
            if (!segment.isEmpty() && segments.merge(segment, 1, Integer::sum) > settings.maxRepeatedSegments()) {
                return SkipReason.REPEATED_SEGMENTS;
            }
        }
        if (url.getRawQuery() != null) {
            Set<String> variants = queries.computeIfAbsent(Urls.authority(url) + url.getRawPath(),
                    path -> ConcurrentHashMap.newKeySet());
            if (variants.size() >= settings.maxQueryVariants()) {
                return SkipReason.QUERY_VARIANTS;
            }
            variants.add(url.getRawQuery());
        }
        return pages.incrementAndGet() > settings.maxPages() ? SkipReason.PAGES : null;
    }
}
