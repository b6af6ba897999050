package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Set;

import org.eclipse.jetty.util.Fields;
import org.junit.jupiter.api.Test;

/** Spider traps end at the limits, and what the limits stopped is reported as skipped, not as findings. */
class TrapTest {

    @Test
    void endlessCalendarStopsAtQueryVariantsAndRepeatedSegmentsAtTheirLimit() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/calendar?month=0\">日历</a><a href=\"/dir/\">目录</a>")
                    .answer("/calendar", (request, response, callback, hit) -> {
                        Fields query = org.eclipse.jetty.server.Request.extractQueryParameters(request);
                        int month = Integer.parseInt(query.getValue("month"));
                        TestSite.send(response, callback, 200, "text/html; charset=utf-8",
                                ("<a href=\"?month=" + (month - 1) + "\">上月</a><a href=\"?month=" + (month + 1)
                                        + "\">下月</a>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    })
                    // every /dir/... path answers with a relative link one level deeper: /dir/dir/dir/...
                    .page("/dir/", "目录", "<a href=\"dir/\">更深</a>");
            for (String path : new String[] { "/dir/dir/", "/dir/dir/dir/", "/dir/dir/dir/dir/" }) {
                site.page(path, "目录", "<a href=\"dir/\">更深</a>");
            }
            CrawlSettings settings = Audits.quick().limits(20, 1000, 1024, 3, 10).build();
            CrawlResult crawl = Audits.crawl(site, settings);

            assertEquals(Set.of(), Audits.describe(site, org.govsite.audit.links.LinkChecks.findings(crawl, settings)));
            assertEquals(10, site.hitsOfPath("/calendar"));
            assertEquals(1, site.hits("/dir/dir/dir/"));
            assertEquals(0, site.hits("/dir/dir/dir/dir/"));
            assertTrue(crawl.skipped().containsValue(SkipReason.QUERY_VARIANTS), crawl.skipped().toString());
            assertEquals(SkipReason.REPEATED_SEGMENTS, crawl.skipped().get(site.url("/dir/dir/dir/dir/")));
        }
    }

    @Test
    void depthAndPageLimitsStopTheCrawl() throws Exception {
        try (TestSite site = new TestSite()) {
            for (int i = 0; i < 10; i++) {
                site.page("/p" + i, "第" + i + "页", "<a href=\"/p" + (i + 1) + "\">下一页</a>");
            }
            site.page("/", "首页", "<a href=\"/p0\">开始</a>");
            CrawlResult deep = Audits.crawl(site, Audits.quick().limits(3, 1000, 1024, 3, 10).build());
            assertEquals(4, deep.pages().size(), "home and three levels");
            assertEquals(Set.of(SkipReason.DEPTH), Set.copyOf(deep.skipped().values()));
            URI next = site.url("/p3");
            assertEquals(SkipReason.DEPTH, deep.skipped().get(next));

            CrawlResult few = Audits.crawl(site, Audits.quick().limits(20, 5, 1024, 3, 10).build());
            assertEquals(5, few.pages().size());
            assertEquals(SkipReason.PAGES, few.skipped().get(site.url("/p4")));
        }
    }
}
