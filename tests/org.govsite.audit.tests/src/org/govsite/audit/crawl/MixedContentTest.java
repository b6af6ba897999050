package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.audit.Finding;
import org.govsite.audit.links.LinkChecks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Mixed content: what an https page embeds over http. The loopback sites speak http only, so the page is parsed
 * here and its links judged as a crawl would hand them over (not requested: no outcome).
 */
class MixedContentTest {
    private static final URI PAGE = URI.create("https://www.hefei.gov.cn/zwdt/");

    private static Set<String> findings(URI page, String body) {
        List<CheckedLink> links = LinkExtractor.links(Jsoup.parse("<html><head>"
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
    void anHttpPageHasNoMixedContent() {
        assertEquals(Set.of(), findings(URI.create("http://www.hefei.gov.cn/zwdt/"),
                "<img src=\"http://www.hefei.gov.cn/a.png\" alt=\"a\"><script src=\"http://www.ah.gov.cn/c.js\"></script>"));
    }
}
