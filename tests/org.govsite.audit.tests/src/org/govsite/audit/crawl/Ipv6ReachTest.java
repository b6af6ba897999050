package org.govsite.audit.crawl;

import static org.govsite.audit.crawl.GovPages.home;
import static org.govsite.audit.crawl.GovPages.serve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;
import org.govsite.audit.Audit;
import org.govsite.audit.AuditSettings;
import org.govsite.audit.Finding;
import org.govsite.audit.content.ContentSettings;
import org.govsite.audit.links.Ipv6Reach;
import org.govsite.audit.verdict.VerdictSettings;
import org.junit.jupiter.api.Test;

/**
 * SITE-IPV6 against sites served by the test on 127.0.0.1 and ::1, their names resolved by the test: a site on IPv6
 * is crawled over IPv6 and passes; a name without IPv6 address, and one whose IPv6 address does not answer, are
 * findings; a name that does not resolve and a home page given by address are not judged.
 */
class Ipv6ReachTest {
    private static final String NAME = "www.v6.gov.cn";

    @Test
    void aSiteOnIpv6IsCrawledOverIpv6AndPasses() throws Exception {
        try (TestSite site = new TestSite(null, "::1")) {
            serve(site, "/", home("<a href=\"/a.html\">政务动态</a>"));
            serve(site, "/a.html", home("<p>正文</p>"));
            assertEquals("[::1]", site.uri.getHost());
            assertEquals(2, Audits.crawl(site, Audits.quick().build()).pages().size(), "an IPv6 address as home page");
            CrawlSettings named = Audits.quick().dnsResolver(names(InetAddress.getByName("::1"))).build();
            URI home = URI.create("http://" + NAME + ":" + site.uri.getPort() + "/");
            assertEquals(2, new Crawler(named).crawl(home, null).pages().size(), "a name with only an IPv6 address");
            assertEquals(Optional.empty(), Ipv6Reach.check(home, named));
            assertEquals(Optional.empty(), Ipv6Reach.check(site.uri, named), "a home page given by address is not judged");
        }
    }

    @Test
    void aNameWithoutIpv6AddressIsAFindingOfTheAudit() throws Exception {
        try (TestSite site = new TestSite()) {
            serve(site, "/", home("<p>首页</p>"));
            CrawlSettings named = Audits.quick().dnsResolver(names(InetAddress.getByName("127.0.0.1"))).build();
            URI home = URI.create("http://" + NAME + ":" + site.uri.getPort() + "/");
            List<Finding> findings = new Audit(new AuditSettings(named, ContentSettings.defaults(), VerdictSettings.defaults()),
                    Clock.systemUTC()).run(home, null).findings().stream().filter(f -> f.ruleId().equals("SITE-IPV6")).toList();
            assertEquals(1, findings.size());
            assertEquals(home, findings.get(0).page());
            assertEquals("no IPv6 address (AAAA), only 127.0.0.1", findings.get(0).evidence());
            assertEquals(Optional.empty(), Ipv6Reach.check(site.uri, named), "a home page given by address is not judged");
        }
    }

    @Test
    void anIpv6AddressThatDoesNotAnswerIsAFinding() throws Exception {
        try (TestSite site = new TestSite()) {
            serve(site, "/", home("<p>首页</p>"));
            CrawlSettings named = Audits.quick().dnsResolver(names(InetAddress.getByName("127.0.0.1"),
                    InetAddress.getByName("::1"))).build();
            URI home = URI.create("http://" + NAME + ":" + site.uri.getPort() + "/");
            assertEquals(1, new Crawler(named).crawl(home, null).pages().size(), "IPv4 visitors get the page");
            Finding finding = Ipv6Reach.check(home, named).orElseThrow();
            assertTrue(finding.evidence().startsWith("0:0:0:0:0:0:0:1: CONNECT"), finding.evidence());
            assertTrue(finding.message().contains(home.toString()), finding.message());
        }
    }

    @Test
    void aNameThatDoesNotResolveIsLeftToTheCrawl() {
        CrawlSettings settings = Audits.quick().dnsResolver(Audits.loopbackNames()).build();
        assertEquals(Optional.empty(), Ipv6Reach.check(URI.create("http://www.nowhere.example.org/"), settings));
    }

    /** @return a resolver giving {@link #NAME} these addresses and failing every other name */
    private static DnsResolver names(InetAddress... addresses) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                if (!host.equals(NAME)) {
                    throw new UnknownHostException(host);
                }
                return addresses.clone();
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                resolve(host);
                return host;
            }
        };
    }
}
