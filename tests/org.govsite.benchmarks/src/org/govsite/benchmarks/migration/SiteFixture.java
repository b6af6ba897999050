package org.govsite.benchmarks.migration;

import java.net.URI;
import java.util.List;

import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.testing.LegacySite;

/**
 * The generated site of the {@code migration.} benchmarks, started by its first user and kept until the JVM exits
 * (generating its {@value MigrationSite#PAGES} pages takes seconds), and how both sides fetch it: at most
 * {@value #CONNECTIONS} requests in flight, the crawler's HTTP client.
 */
final class SiteFixture {
    static final int CONNECTIONS = 8;
    private static SiteFixture shared;

    final LegacySite site;
    /** Every URL the site answers 200: its pages and attachments. */
    final List<URI> urls;

    private SiteFixture() throws Exception {
        site = MigrationSite.generate().start();
        urls = site.served().stream().map(site::url).toList();
    }

    static synchronized SiteFixture get() throws Exception {
        if (shared == null) {
            shared = new SiteFixture();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    shared.site.close();
                } catch (Exception e) {
                    System.err.println("migration site: " + e);
                }
            }));
        }
        return shared;
    }

    /** @return the crawl's settings: {@value #CONNECTIONS} connections, room for every page, no politeness delay */
    static CrawlSettings crawl() {
        return CrawlSettings.builder().connections(CONNECTIONS, CONNECTIONS).limits(20, 50_000, 1024, 3, 100).build();
    }
}
