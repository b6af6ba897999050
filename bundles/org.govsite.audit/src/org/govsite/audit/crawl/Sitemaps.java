package org.govsite.audit.crawl;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;

/**
 * Seeds a crawl from sitemaps (parsed by crawler-commons: XML, RSS, Atom or plain text, also gzipped): /sitemap.xml of
 * the home page's host and every sitemap its robots.txt lists, following sitemap indexes, at most
 * {@value #MAX_SITEMAPS} sitemaps, only those on hosts in scope. Each URL they list goes to the seed consumer, which
 * decides whether it is crawled.
 */
final class Sitemaps {
    static final int MAX_SITEMAPS = 50;
    private static final String XML = "text/xml"; //$NON-NLS-1$

    private final Fetcher fetcher;
    private final RobotsRules robots;
    private final Scope scope;
    private final int maxRedirects;

    Sitemaps(Fetcher fetcher, RobotsRules robots, Scope scope, int maxRedirects) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.scope = scope;
        this.maxRedirects = maxRedirects;
    }

    /** Reads the sitemaps of {@code home}'s host, giving each URL listed to {@code seed}. */
    void read(URI home, Consumer<URI> seed) {
        Deque<URI> queue = new ArrayDeque<>();
        queue.add(home.resolve("/sitemap.xml")); //$NON-NLS-1$
        robots.sitemaps(home).stream().map(Urls::normalize).filter(url -> url != null).forEach(queue::add);
        Set<URI> seen = new HashSet<>();
        while (!queue.isEmpty() && seen.size() < MAX_SITEMAPS) {
            URI url = queue.poll();
            if (!scope.hosts().contains(Urls.authority(url)) || !seen.add(url)) {
                continue;
            }
            AbstractSiteMap map = parse(url);
            if (map instanceof SiteMapIndex index) {
                index.getSitemaps().forEach(child -> add(child.getUrl().toString(), queue::add));
            } else if (map instanceof SiteMap pages) {
                for (SiteMapURL page : pages.getSiteMapUrls()) {
                    add(page.getUrl().toString(), seed);
                }
            }
        }
    }

    private AbstractSiteMap parse(URI url) {
        Resolution outcome = Resolution.follow(url, maxRedirects, fetcher::getAnyType);
        Hop last = outcome.last();
        if (outcome.broken() || last.body() == null) {
            return null;
        }
        try {
            return new SiteMapParser(false).parseSiteMap(last.mimeType() == null ? XML : last.mimeType(), last.body(),
                    last.url().toURL());
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            // a sitemap that cannot be read seeds nothing; a third-party parser on a hostile answer must not end
            // the crawl
            return null;
        }
    }

    private static void add(String url, Consumer<URI> to) {
        URI normal = Urls.normalize(url);
        if (normal != null) {
            to.accept(normal);
        }
    }
}
