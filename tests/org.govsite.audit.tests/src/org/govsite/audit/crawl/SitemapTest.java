package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** Sitemaps seed the crawl when asked: pages only they reach are read, at depth 1, in scope only. */
class SitemapTest {

    private static String urlset(String... urls) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String url : urls) {
            xml.append("<url><loc>").append(url).append("</loc><lastmod>2026-05-18</lastmod></url>");
        }
        return xml.append("</urlset>").toString();
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static TestSite site() throws Exception {
        TestSite site = new TestSite();
        String root = site.uri.toString();
        site.page("/", "首页", "<a href=\"/linked\">栏目</a>")
                .page("/linked", "栏目", "ok")
                .page("/orphan", "孤页", "<a href=\"/orphan-child\">下级</a>")
                .page("/orphan-child", "下级", "ok")
                .page("/from-index", "索引", "ok")
                .page("/private/hidden", "内部", "ok")
                .bytes("/file.pdf", 200, "application/pdf", new byte[] { '%', 'P', 'D', 'F' })
                .bytes("/robots.txt", 200, "text/plain", ("User-agent: *\nDisallow: /private/\nSitemap: " + root
                        + "maps/index.xml\nSitemap: " + root + "maps/broken.xml\nSitemap: " + root + "maps/news.xml.gz\n")
                        .getBytes(StandardCharsets.UTF_8))
                .bytes("/maps/news.xml.gz", 200, "application/x-gzip", gzip(urlset(root + "from-gzip")))
                .page("/from-gzip", "压缩", "ok")
                .bytes("/maps/broken.xml", 200, "application/xml", "<?xml version=\"1.0\"?><urlset><url><loc>"
                        .getBytes(StandardCharsets.UTF_8))
                .bytes("/sitemap.xml", 200, "application/xml", urlset(root + "linked", root + "orphan",
                        root + "file.pdf", root + "private/hidden", "http://elsewhere.example/page")
                        .getBytes(StandardCharsets.UTF_8))
                .bytes("/maps/index.xml", 200, "text/xml", ("<?xml version=\"1.0\"?><sitemapindex xmlns="
                        + "\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + root + "maps/part.xml"
                        + "</loc></sitemap></sitemapindex>").getBytes(StandardCharsets.UTF_8))
                .bytes("/maps/part.xml", 200, "text/xml", urlset(root + "from-index").getBytes(StandardCharsets.UTF_8));
        return site;
    }

    private static Map<String, Integer> depths(TestSite site, CrawlResult crawl) {
        Map<String, Integer> depths = new TreeMap<>();
        crawl.pages().forEach(page -> depths.put(page.url().getPath(), page.depth()));
        return depths;
    }

    @Test
    void pagesOnlyTheSitemapsListAreCrawled() throws Exception {
        try (TestSite site = site()) {
            CrawlResult crawl = Audits.crawl(site, Audits.quick().sitemaps(true).dnsResolver(Audits.loopbackNames())
                    .build());
            assertEquals(Map.of("/", 0, "/linked", 1, "/orphan", 1, "/orphan-child", 2, "/from-index", 1, "/from-gzip", 1),
                    depths(site, crawl));
            assertEquals(1, site.hits("/linked"), "listed and linked: read once");
            assertEquals(0, site.hits("/file.pdf"), "documents listed are not read");
            assertEquals(0, site.hits("/private/hidden"), "robots.txt is obeyed for sitemap pages too");
            assertEquals(Set.of(site.url("/private/hidden")), crawl.skipped().keySet());
            assertEquals(1, site.hits("/sitemap.xml"));
            assertEquals(1, site.hits("/maps/broken.xml"), "a malformed sitemap seeds nothing and ends nothing");
            assertEquals(1, site.hits("/robots.txt"));
        }
    }

    @Test
    void withoutTheSettingNoSitemapIsRead() throws Exception {
        try (TestSite site = site()) {
            CrawlResult crawl = Audits.crawl(site, Audits.quick().build());
            assertEquals(Map.of("/", 0, "/linked", 1), depths(site, crawl));
            assertEquals(0, site.hits("/sitemap.xml") + site.hits("/maps/index.xml"));
        }
    }

    @Test
    void robotsTxtListsSitemapsEvenWhenItIsNotObeyed() throws Exception {
        try (TestSite site = site()) {
            CrawlResult crawl = Audits.crawl(site, Audits.quick().sitemaps(true).honourRobots(false).build());
            assertEquals(Set.of("/", "/linked", "/orphan", "/orphan-child", "/from-index", "/from-gzip", "/private/hidden"),
                    depths(site, crawl).keySet());
        }
    }
}
