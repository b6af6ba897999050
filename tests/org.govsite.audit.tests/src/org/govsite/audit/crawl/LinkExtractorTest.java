package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * One extractor serves a whole crawl and remembers how references resolve: the same reference on pages of other
 * schemes, ports or bases must still resolve against each page's own base.
 */
class LinkExtractorTest {
    private final LinkExtractor extractor = new LinkExtractor();

    private List<String> targets(String page, String head, String links) {
        return extractor.links(Jsoup.parse("<html><head>" + head + "</head><body>" + links + "</body></html>", page),
                URI.create(page)).stream().map(link -> link.target() + (link.fragment().isEmpty() ? "" : " #" + link.fragment()))
                .toList();
    }

    @Test
    void rootRelativeAndAbsoluteReferencesResolveAgainstEachPagesBase() {
        String links = "<a href=\"/x.html\">x</a><a href=\"y.html\">y</a><a href=\" /x.html\">x</a>"
                + "<a href=\"HTTP://WWW.ah.gov.cn/z?q=1#part\">z</a><img src=\"/i.png\" alt=\"i\">";
        assertEquals(List.of("http://www.hefei.gov.cn/x.html", "http://www.hefei.gov.cn/a/y.html",
                "http://www.hefei.gov.cn/x.html", "http://www.ah.gov.cn/z?q=1 #part", "http://www.hefei.gov.cn/i.png"),
                targets("http://www.hefei.gov.cn/a/", "", links));
        assertEquals(List.of("https://www.hefei.gov.cn/x.html", "https://www.hefei.gov.cn/b/y.html",
                "https://www.hefei.gov.cn/x.html", "http://www.ah.gov.cn/z?q=1 #part", "https://www.hefei.gov.cn/i.png"),
                targets("https://www.hefei.gov.cn/b/c.html", "", links));
        assertEquals(List.of("http://www.hefei.gov.cn:8080/x.html", "http://www.hefei.gov.cn:8080/y.html",
                "http://www.hefei.gov.cn:8080/x.html", "http://www.ah.gov.cn/z?q=1 #part",
                "http://www.hefei.gov.cn:8080/i.png"), targets("http://www.hefei.gov.cn:8080/?page=2", "", links));
        assertEquals(List.of("http://other.gov.cn/x.html", "http://other.gov.cn/dir/y.html", "http://other.gov.cn/x.html",
                "http://www.ah.gov.cn/z?q=1 #part", "http://other.gov.cn/i.png"),
                targets("http://www.hefei.gov.cn/a/", "<base href=\"http://other.gov.cn/dir/\">", links));
    }
}
