package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** Scope rules, HEAD with GET fallback, the per-host limit and cancelling a running crawl. */
class ScopeTest {

    @Test
    void outOfScopeLinksAreCheckedNotCrawled() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/news/a\">新闻</a><a href=\"/other/b\">其他</a>"
                    + "<a href=\"/news/draft-1\">草稿</a>")
                    .page("/news/a", "新闻", "ok")
                    .page("/other/b", "其他", "<a href=\"/other/missing\">缺失</a>")
                    .page("/news/draft-1", "草稿", "<a href=\"/news/missing\">缺失</a>");
            CrawlSettings settings = Audits.quick()
                    .scope(List.of(), List.of("/news/"), List.of(), List.of(Pattern.compile("draft"))).build();
            CrawlResult crawl = Audits.crawl(site, settings);

            assertEquals(List.of("/", "/news/a"), crawl.pages().stream().map(p -> p.url().getPath()).toList());
            assertEquals(Set.of(), Audits.describe(site, org.govsite.audit.links.LinkChecks.findings(crawl, settings)),
                    "the broken links on out-of-scope pages are not seen");
            assertEquals(1, site.hits("/other/b"));
            assertEquals(1, site.hits("/news/draft-1"));
        }
    }

    @Test
    void headRefusedFallsBackToGetButA404IsFinal() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<img src=\"/no-head.png\" alt=\"a\"><img src=\"/missing.png\" alt=\"b\">")
                    .answer("/no-head.png", (request, response, callback, hit) -> TestSite.send(response, callback,
                            request.getMethod().equals("HEAD") ? 405 : 200, "image/png", new byte[] { 1 }));
            assertEquals(Set.of("LINK-BROKEN / -> /missing.png img 'b'"), Audits.findings(site, Audits.quick().build()));
            assertEquals(2, site.hits("/no-head.png"), "HEAD, then GET");
            assertEquals(1, site.hits("/missing.png"));
        }
    }

    @Test
    void requestsToOneHostStayWithinTheLimit() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        StringBuilder links = new StringBuilder();
        try (TestSite site = new TestSite()) {
            for (int i = 0; i < 20; i++) {
                links.append("<a href=\"/slow/").append(i).append("\">").append(i).append("</a>");
                site.answer("/slow/" + i, (request, response, callback, hit) -> {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(50);
                    inFlight.decrementAndGet();
                    TestSite.send(response, callback, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
                });
            }
            site.page("/", "首页", links.toString());
            assertEquals(Set.of(), Audits.findings(site, Audits.quick().connections(2, 32).build()));
            assertEquals(2, most.get());
        }
    }

    @Test
    void cancellingARunningCrawlStopsIt() throws Exception {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            links.append("<a href=\"/p/").append(i).append("\">").append(i).append("</a>");
        }
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", links.toString());
            for (int i = 0; i < 200; i++) {
                site.answer("/p/" + i, (request, response, callback, hit) -> {
                    Thread.sleep(20);
                    TestSite.send(response, callback, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
                });
            }
            NullProgressMonitor monitor = new NullProgressMonitor() {
                @Override
                public void subTask(String name) {
                    setCanceled(true);
                }
            };
            assertThrows(OperationCanceledException.class,
                    () -> new Crawler(Audits.quick().connections(1, 1).build()).crawl(site.uri, monitor));
            Thread.sleep(300);
            int requested = site.hitsOfPath("/p");
            assertTrue(requested < 50, requested + " of 200 pages requested after cancelling");
        }
    }
}
