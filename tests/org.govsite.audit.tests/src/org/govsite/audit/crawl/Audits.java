package org.govsite.audit.crawl;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

    /** @return a loopback port nothing listens on */
    static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
