package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.audit.Finding;
import org.govsite.audit.links.LinkChecks;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.testing.Tls;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mixed content: what an https page embeds over http, on an https loopback site with a self-signed certificate the
 * crawler is told to trust, and for every kind of element on a page parsed here and judged as a crawl hands its links
 * over (not requested: no outcome).
 */
class MixedContentTest {
    private static final URI PAGE = URI.create("https://www.hefei.gov.cn/zwdt/");

    private static Set<String> findings(URI page, String body) {
        List<CheckedLink> links = new LinkExtractor().links(Jsoup.parse("<html><head>"
                + "<link rel=\"stylesheet\" href=\"http://www.hefei.gov.cn/a.css\">"
                + "<link rel=\"icon\" href=\"http://www.hefei.gov.cn/favicon.ico\">"
                + "<link rel=\"stylesheet\" href=\"https://www.hefei.gov.cn/b.css\"></head><body>" + body
                + "</body></html>", page.toString()), page).stream().map(link -> new CheckedLink(link, null)).toList();
        Set<String> found = new TreeSet<>();
        for (Finding finding : LinkChecks.findings(new CrawlResult(List.of(), links, Map.of()),
                CrawlSettings.defaults())) {
            found.add(finding.ruleId() + " " + finding.evidence());
        }
        return found;
    }

    @Test
    void anHttpsPageEmbeddingHttpResourcesIsMixedContent() {
        String body = "<img src=\"http://www.hefei.gov.cn/a.png\" alt=\"a\"><img src=\"/b.png\" alt=\"b\">"
                + "<script src=\"http://www.ah.gov.cn/c.js\"></script><iframe src=\"http://www.ah.gov.cn/map\"></iframe>"
                + "<video src=\"http://www.hefei.gov.cn/v.mp4\"></video>"
                + "<audio><source src=\"http://www.hefei.gov.cn/s.mp3\"></audio>"
                + "<a href=\"http://www.ah.gov.cn/\">省政府</a>";
        assertEquals(Set.of("LINK-MIXED-CONTENT link http://www.hefei.gov.cn/a.css",
                "LINK-MIXED-CONTENT img http://www.hefei.gov.cn/a.png",
                "LINK-MIXED-CONTENT script http://www.ah.gov.cn/c.js",
                "LINK-MIXED-CONTENT iframe http://www.ah.gov.cn/map",
                "LINK-MIXED-CONTENT video http://www.hefei.gov.cn/v.mp4",
                "LINK-MIXED-CONTENT source http://www.hefei.gov.cn/s.mp3"), findings(PAGE, body));
    }

    @Test
    void anHttpsSiteOnLoopbackEmbeddingHttpImagesIsMixedContent(@TempDir Path dir) throws Exception {
        Path keyStore = Tls.keyStore(dir);
        try (TestSite secure = new TestSite(keyStore); TestSite plain = new TestSite()) {
            String insecure = "http://127.0.0.1:" + plain.uri.getPort();
            secure.page("/", "首页", "<img src=\"" + insecure + "/logo.png\" alt=\"徽标\"><img src=\"/ok.png\" alt=\"安全\">"
                    + "<a href=\"" + insecure + "/news\">新闻</a>")
                    .bytes("/ok.png", 200, "image/png", new byte[] { 1 });
            plain.bytes("/logo.png", 200, "image/png", new byte[] { 1 }).page("/news", "新闻", "ok");
            CrawlSettings settings = Audits.quick().sslContext(Tls.trusting(keyStore)).build();
            CrawlResult crawl = new Crawler(settings).crawl(secure.uri, new NullProgressMonitor());
            assertEquals(1, crawl.pages().size());
            assertEquals(Set.of("LINK-MIXED-CONTENT / -> " + insecure + "/logo.png img '徽标'"),
                    Audits.describe(secure, LinkChecks.findings(crawl, settings)));

            CrawlResult untrusted = new Crawler(Audits.quick().build()).crawl(secure.uri, new NullProgressMonitor());
            assertEquals(List.of(), untrusted.pages(), "without the setting the self-signed site is not trusted");
        }
    }

    @Test
    void anHttpPageHasNoMixedContent() {
        assertEquals(Set.of(), findings(URI.create("http://www.hefei.gov.cn/zwdt/"),
                "<img src=\"http://www.hefei.gov.cn/a.png\" alt=\"a\"><script src=\"http://www.ah.gov.cn/c.js\"></script>"));
    }
}
