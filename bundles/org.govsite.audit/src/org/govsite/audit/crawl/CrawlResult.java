package org.govsite.audit.crawl;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What a crawl saw.
 *
 * @param pages the pages read, by depth then URL
 * @param links every link of every page read, with where it led
 * @param skipped URLs linked to but not requested, and why
 */
public record CrawlResult(List<Page> pages, List<CheckedLink> links, Map<URI, SkipReason> skipped) {

    public CrawlResult {
        pages = List.copyOf(pages);
        links = List.copyOf(links);
        skipped = Map.copyOf(skipped);
    }
}
