package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Blocker;
import org.govsite.audit.links.LinkChecks;
import org.govsite.audit.Finding;
import org.junit.jupiter.api.Test;

/** Slow, busy, flaky, huge and binary answers, and cancellation. */
class ResilienceTest {

    @Test
    void aSlowPageHitsTheReadTimeout() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/slow\">慢</a>").answer("/slow", (request, response, callback, hit) -> {
                Thread.sleep(2000);
                TestSite.send(response, callback, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
            });
            CrawlSettings settings = Audits.quick()
                    .timeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(5)).build();
            long start = System.nanoTime();
            List<Finding> findings = LinkChecks.findings(Audits.crawl(site, settings), settings);
            assertEquals(Set.of("LINK-BROKEN / -> /slow a '慢'"), Audits.describe(site, findings));
            assertTrue(findings.get(0).evidence().contains("TIMEOUT"), findings.get(0).evidence());
            assertEquals(1, site.hits("/slow"), "timeouts are not retried");
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(1800)) < 0);
        }
    }

    @Test
    void aPageTricklingForeverHitsTheTotalTimeout() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/trickle\">滴</a>").answer("/trickle", (request, response, callback, hit) -> {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html");
                for (int i = 0; i < 40; i++) {
                    try (Blocker.Callback sent = Blocker.callback()) {
                        response.write(false, ByteBuffer.wrap("<p>.</p>".getBytes(StandardCharsets.UTF_8)), sent);
                        sent.block();
                    }
                    Thread.sleep(100);
                }
                response.write(true, ByteBuffer.allocate(0), callback);
            });
            CrawlSettings settings = Audits.quick()
                    .timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(800)).build();
            List<Finding> findings = LinkChecks.findings(Audits.crawl(site, settings), settings);
            assertEquals(Set.of("LINK-BROKEN / -> /trickle a '滴'"), Audits.describe(site, findings));
            assertTrue(findings.get(0).evidence().contains("TIMEOUT: total timeout"), findings.get(0).evidence());
        }
    }

    @Test
    void anUnknownHostIsADnsFailure() throws Exception {
        try (TestSite site = new TestSite()) {
            // .invalid never resolves (RFC 6761); the test's resolver says so without asking a name server
            site.page("/", "首页", "<a href=\"http://no-such-host.invalid/\">无</a>");
            CrawlSettings settings = Audits.quick().dnsResolver(new DnsResolver() {
                @Override
                public InetAddress[] resolve(String host) throws UnknownHostException {
                    return SystemDefaultDnsResolver.INSTANCE.resolve(known(host));
                }

                @Override
                public String resolveCanonicalHostname(String host) throws UnknownHostException {
                    return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(known(host));
                }

                /** The test site's address literal resolves without a name server; the .invalid name fails. */
                private String known(String host) throws UnknownHostException {
                    if (host.endsWith(".invalid")) {
                        throw new UnknownHostException(host);
                    }
                    return host;
                }
            }).build();
            List<Finding> findings = LinkChecks.findings(Audits.crawl(site, settings), settings);
            assertEquals(Set.of("LINK-BROKEN / -> http://no-such-host.invalid/ a '无'",
                    "LINK-EXTERNAL-NO-PROMPT / -> http://no-such-host.invalid/ a '无'"), Audits.describe(site, findings));
            assertTrue(findings.stream().allMatch(f -> f.evidence().contains("DNS")), findings.toString());
        }
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterThenSucceeds() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/busy\">忙</a>").answer("/busy", (request, response, callback, hit) -> {
                if (hit == 1) {
                    response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
                    TestSite.send(response, callback, 429, "text/plain", new byte[0]);
                } else {
                    TestSite.send(response, callback, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
                }
            });
            long start = System.nanoTime();
            assertEquals(Set.of(), Audits.findings(site, Audits.quick().build()));
            assertEquals(2, site.hits("/busy"));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(950)) > 0,
                    "Retry-After: 1 was waited for");
        }
    }

    @Test
    void tooManyRequestsForLongerThanTheLimitIsReportedNotWaitedFor() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/busy\">忙</a>").answer("/busy", (request, response, callback, hit) -> {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "3600");
                TestSite.send(response, callback, 429, "text/plain", new byte[0]);
            });
            assertEquals(Set.of("LINK-RATE-LIMITED / -> /busy a '忙'"), Audits.findings(site, Audits.quick().build()));
            assertEquals(1, site.hits("/busy"));
        }
    }

    @Test
    void transientServerErrorsAreRetriedWithBackoff() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/flaky\">不稳定</a><a href=\"/down\">停机</a>")
                    .answer("/flaky", (request, response, callback, hit) -> TestSite.send(response, callback,
                            hit < 3 ? 503 : 200, "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8)))
                    .status("/down", 502);
            assertEquals(Set.of("LINK-BROKEN / -> /down a '停机'"), Audits.findings(site, Audits.quick().build()));
            assertEquals(3, site.hits("/flaky"));
            assertEquals(3, site.hits("/down"), "one attempt and two retries");
        }
    }

    @Test
    void binaryAnswersAreNotParsedAndBigPagesAreCut() throws Exception {
        String filler = "<p>" + "政".repeat(30_000) + "</p>";
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/big\">大</a><a href=\"/file\">文件</a><a href=\"/report.pdf\">报告</a>")
                    .page("/big", "大页面", filler + "<a href=\"/beyond-the-cap\">看不到</a>")
                    // HTML-looking bytes served as a binary type: must not be parsed, so its link is never seen
                    .bytes("/file", 200, "application/octet-stream",
                            "<a href=\"/hidden-in-binary\">x</a>".getBytes(StandardCharsets.UTF_8))
                    .bytes("/report.pdf", 200, "application/pdf", new byte[] { '%', 'P', 'D', 'F' });
            CrawlSettings settings = Audits.quick().maxPageBytes(32 * 1024).build();
            CrawlResult crawl = Audits.crawl(site, settings);
            assertEquals(Set.of(), Audits.describe(site, LinkChecks.findings(crawl, settings)));
            assertTrue(crawl.pages().stream().anyMatch(p -> p.url().getPath().equals("/big") && p.truncated()));
            assertEquals(2, crawl.pages().size(), "home and /big; /file is binary");
            assertEquals(1, site.hits("/report.pdf"), "a document is checked once (HEAD)");
            assertEquals(0, site.hits("/beyond-the-cap") + site.hits("/hidden-in-binary"));
        }
    }

    @Test
    void aCancelledMonitorStopsTheCrawl() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/a\">a</a>");
            NullProgressMonitor monitor = new NullProgressMonitor();
            monitor.setCanceled(true);
            assertThrows(OperationCanceledException.class,
                    () -> new Crawler(Audits.quick().build()).crawl(site.uri, monitor));
        }
    }
}
