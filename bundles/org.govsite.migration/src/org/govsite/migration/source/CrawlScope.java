package org.govsite.migration.source;

import java.util.List;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.govsite.audit.crawl.CrawlSettings;

/**
 * What a live crawl of a legacy site reads, as a migration sets it (the wizard's 范围 page and
 * {@code govsite migrate --site}): the audit crawler's scope, page limit, robots.txt and trusted authorities; every
 * other crawl setting keeps its documented default.
 *
 * @param pathPrefixes path prefixes in scope; empty: every path
 * @param include when not empty, an URL must match one of these to be crawled
 * @param exclude an URL matching one of these is not crawled
 * @param maxPages pages crawled at most
 * @param honourRobots obey robots.txt
 * @param sslContext whom https connections trust, null for the JDK's default
 */
public record CrawlScope(List<String> pathPrefixes, List<Pattern> include, List<Pattern> exclude, int maxPages,
        boolean honourRobots, SSLContext sslContext) {

    public CrawlScope {
        pathPrefixes = List.copyOf(pathPrefixes);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** @return the crawler's settings: the documented defaults with this scope */
    public CrawlSettings settings() {
        CrawlSettings defaults = CrawlSettings.defaults();
        return CrawlSettings.builder().scope(List.of(), pathPrefixes, include, exclude).honourRobots(honourRobots)
                .limits(defaults.maxDepth(), maxPages, defaults.maxUrlLength(), defaults.maxRepeatedSegments(),
                        defaults.maxQueryVariants())
                .sslContext(sslContext).build();
    }

    /** @return the part a kept plan depends on, for its fingerprint (not the trusted authorities: they change no page) */
    public List<Object> fingerprint() {
        return List.of(pathPrefixes, include.stream().map(Pattern::pattern).toList(),
                exclude.stream().map(Pattern::pattern).toList(), Integer.valueOf(maxPages), Boolean.valueOf(honourRobots));
    }
}
