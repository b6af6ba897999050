package org.govsite.audit.crawl;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.hc.client5.http.DnsResolver;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.audit.links.LinkChecks;
import org.govsite.audit.Finding;

/** Helpers of the crawl tests: quick settings, a crawl of a test site, findings written as short strings. */
final class Audits {
    private Audits() {
    }

    /** Defaults with timeouts and backoff short enough for tests. */
    static CrawlSettings.Builder quick() {
        return CrawlSettings.builder().timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .retries(2, Duration.ofMillis(20), Duration.ofSeconds(5));
    }

    static CrawlResult crawl(TestSite site, CrawlSettings settings) {
        return new Crawler(settings).crawl(site.uri, new NullProgressMonitor());
    }

    /** @return every finding as "RULE page -> target element 'text'", URLs of the site written as paths */
    static Set<String> findings(TestSite site, CrawlSettings settings) {
        return describe(site, LinkChecks.findings(crawl(site, settings), settings));
    }

    static Set<String> describe(TestSite site, List<Finding> findings) {
        Set<String> described = new TreeSet<>();
        String root = site.uri.toString();
        for (Finding f : findings) {
            described.add(f.ruleId() + " " + f.page().toString().replace(root, "/") + " -> "
                    + f.target().toString().replace(root, "/") + " " + f.element() + " '" + f.anchorText() + "'");
        }
        return described;
    }

    /**
     * @return a resolver that sends names under .example and .gov.cn to 127.0.0.1 (the test sites answer whatever
     *         the Host header), takes 127.0.0.1 as it is and fails every other name, asking no name server
     */
    static DnsResolver loopbackNames() {
        return loopback(host -> host.equals("127.0.0.1") || host.endsWith(".example") || host.endsWith(".gov.cn"));
    }

    /** @return a resolver that sends the names {@code known} accepts to 127.0.0.1 and fails every other name */
    static DnsResolver loopback(Predicate<String> known) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                if (known.test(host)) {
                    return new InetAddress[] { InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }) };
                }
                throw new UnknownHostException(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return resolve(host)[0].getHostName();
            }
        };
    }

    /** @return a loopback port nothing listens on */
    static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
