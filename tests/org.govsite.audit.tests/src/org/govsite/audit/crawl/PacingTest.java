package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;

/** The per-host rate limit, the host-wide pause of a Retry-After, and the cache of external link outcomes shared by several crawls. */
class PacingTest {

    /** A clock the test turns forward. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-05-18T02:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void requestsToOneHostAreSpacedByTheRateLimit() throws Exception {
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", IntStream.rangeClosed(1, 6).mapToObj(i -> "<a href=\"/p" + i + "\">" + i + "</a>")
                    .collect(Collectors.joining()));
            for (int i = 1; i <= 6; i++) {
                site.answer("/p" + i, (request, response, callback, hit) -> {
                    starts.add(System.nanoTime());
                    TestSite.send(response, callback, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
                });
            }
            CrawlResult crawl = Audits.crawl(site,
                    Audits.quick().honourRobots(false).connections(8, 8).maxRequestsPerSecondPerHost(10).build());
            assertEquals(7, crawl.pages().size());
            List<Long> sorted = starts.stream().sorted().toList();
            for (int i = 1; i < sorted.size(); i++) {
                // each start is 100 ms after the one before at the client; at the server one arrival may lag
                long since = Duration.ofNanos(sorted.get(i) - sorted.get(0)).toMillis();
                assertTrue(since >= i * 100 - 50, "10 requests per second: request " + i + " after " + since + " ms");
            }
        }
    }

    @Test
    void withoutALimitRequestsRunTogether() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", IntStream.rangeClosed(1, 6).mapToObj(i -> "<a href=\"/p" + i + "\">" + i + "</a>")
                    .collect(Collectors.joining()));
            for (int i = 1; i <= 6; i++) {
                site.slowPage("/p" + i, Duration.ofMillis(300), "ok");
            }
            long start = System.nanoTime();
            Audits.crawl(site, Audits.quick().honourRobots(false).connections(8, 8).build());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1500, "six 300 ms pages in parallel");
        }
    }

    @Test
    void aRetryAfterHoldsBackTheWholeHost() throws Exception {
        CountDownLatch refused = new CountDownLatch(1);
        AtomicLong refusedAt = new AtomicLong();
        AtomicLong laterStart = new AtomicLong();
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/busy\">忙</a><a href=\"/p1\">一</a>")
                    .answer("/busy", (request, response, callback, hit) -> {
                        if (hit == 1) {
                            refusedAt.set(System.nanoTime());
                            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
                            TestSite.send(response, callback, 429, "text/plain", new byte[0]);
                            refused.countDown();
                        } else {
                            TestSite.send(response, callback, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
                        }
                    })
                    .answer("/p1", (request, response, callback, hit) -> {
                        refused.await(3, TimeUnit.SECONDS);
                        Thread.sleep(300); // the crawler has read the 429 by then: /p2 is found after it
                        TestSite.send(response, callback, 200, "text/html",
                                "<a href=\"/p2\">二</a>".getBytes(StandardCharsets.UTF_8));
                    })
                    .answer("/p2", (request, response, callback, hit) -> {
                        laterStart.set(System.nanoTime());
                        TestSite.send(response, callback, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
                    });
            CrawlResult crawl = Audits.crawl(site, Audits.quick().honourRobots(false).connections(2, 8).build());
            assertEquals(4, crawl.pages().size());
            long held = Duration.ofNanos(laterStart.get() - refusedAt.get()).toMillis();
            assertTrue(held >= 900, "a page found after the 429 waited for its Retry-After: " + held + " ms");
            assertEquals(2, site.hits("/busy"));
        }
    }

    @Test
    void aSharedCacheChecksAnExternalLinkOnceUntilItExpires() throws Exception {
        TestClock clock = new TestClock();
        LinkCache cache = new LinkCache(Duration.ofHours(24), clock);
        try (TestSite portal = new TestSite(); TestSite first = new TestSite(); TestSite second = new TestSite()) {
            portal.page("/", "门户", "ok");
            String external = "http://www.ah.gov.cn:" + portal.uri.getPort() + "/";
            first.page("/", "甲", "<a href=\"" + external + "\">省政府</a><a href=\"/local\">本站</a>")
                    .page("/local", "本站", "ok");
            second.page("/", "乙", "<a href=\"" + external + "\">省政府</a><a href=\"/local\">本站</a>")
                    .page("/local", "本站", "ok");
            CrawlSettings settings = Audits.quick().dnsResolver(Audits.loopbackNames()).linkCache(cache).build();

            CrawlResult one = Audits.crawl(first, settings);
            CrawlResult two = Audits.crawl(second, settings);
            assertEquals(1, portal.hits("/"), "the second crawl took the outcome from the cache");
            assertEquals(200, outcomeOf(two, external).last().status());
            assertEquals(outcomeOf(one, external), outcomeOf(two, external));
            assertEquals(1, first.hits("/local"), "links in scope are not cached");
            Audits.crawl(first, settings);
            assertEquals(2, first.hits("/local"));
            assertEquals(1, portal.hits("/"));

            clock.now = clock.now.plus(Duration.ofHours(25));
            Audits.crawl(second, settings);
            assertEquals(2, portal.hits("/"), "an outcome older than the maximum age is checked again");
            Audits.crawl(first, settings);
            assertEquals(2, portal.hits("/"), "and kept anew");
        }
    }

    private static Resolution outcomeOf(CrawlResult crawl, String target) {
        return crawl.links().stream().filter(l -> l.link().target().toString().equals(target)).findFirst()
                .orElseThrow().outcome();
    }
}
