package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** robots.txt is obeyed by default and ignored when switched off. */
class RobotsTest {

    private static TestSite site() throws Exception {
        TestSite site = new TestSite();
        site.bytes("/robots.txt", 200, "text/plain",
                "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8))
                .page("/", "首页", "<a href=\"/private/a\">内部</a><a href=\"/public\">公开</a>")
                .page("/private/a", "内部", "<a href=\"/private/missing\">缺失</a>")
                .page("/public", "公开", "ok");
        return site;
    }

    @Test
    void disallowedPagesAreNotRequested() throws Exception {
        try (TestSite site = site()) {
            CrawlSettings settings = Audits.quick().build();
            CrawlResult crawl = Audits.crawl(site, settings);
            assertEquals(Set.of(), Audits.describe(site, org.govsite.audit.links.LinkChecks.findings(crawl, settings)));
            assertEquals(0, site.hits("/private/a"));
            assertEquals(1, site.hits("/public"));
            assertEquals(1, site.hits("/robots.txt"));
            assertEquals(Map.of(site.url("/private/a"), SkipReason.ROBOTS), crawl.skipped());
        }
    }

    @Test
    void switchedOffRobotsAreIgnored() throws Exception {
        try (TestSite site = site()) {
            assertEquals(Set.of("LINK-BROKEN /private/a -> /private/missing a '缺失'"),
                    Audits.findings(site, Audits.quick().honourRobots(false).build()));
            assertEquals(1, site.hits("/private/a"));
            assertEquals(0, site.hits("/robots.txt"));
        }
    }
}
