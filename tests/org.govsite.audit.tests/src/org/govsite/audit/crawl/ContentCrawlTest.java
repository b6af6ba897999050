package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.audit.content.ContentChecks;
import org.govsite.audit.Finding;
import org.govsite.audit.content.ContentSettings;
import org.junit.jupiter.api.Test;

/** The content checks run on each page as the crawler reads it, without the crawl keeping bodies. */
class ContentCrawlTest {
    private static final String FOOTER = "<p>网站标识码：3401000001 皖ICP备05002528号 皖公网安备 34010402700602号</p>";

    private static byte[] html(String head, String body) {
        return ("<html><head><meta name=\"SiteName\" content=\"测试网站\"><meta name=\"SiteDomain\" "
                + "content=\"127.0.0.1\"><meta name=\"SiteIDCode\" content=\"3401000001\">" + head
                + "</head><body>" + body + FOOTER + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachPageReadIsCheckedOnce() throws Exception {
        try (TestSite site = new TestSite()) {
            site.bytes("/", 200, "text/html; charset=utf-8", html("", "<a href=\"/a.html\">文章</a>"
                    + "<a href=\"/b.html\">栏目</a><a href=\"/a.html\">再次</a>"))
                    .bytes("/a.html", 200, "text/html; charset=utf-8",
                            html("<meta name=\"PubDate\" content=\"2026-05-18\">", "<p>正文</p><img src=\"/x.png\">"))
                    .bytes("/b.html", 200, "text/html; charset=utf-8", html("", "<a href=\"/\" style=\"display:none\">首页</a>"
                            + "<a href=\"http://spam.example:" + Audits.closedPort() + "/\" style=\"display:none\">博彩</a>"))
                    .bytes("/x.png", 200, "image/png", new byte[] { 1 });
            Queue<Finding> findings = new ConcurrentLinkedQueue<>();
            ContentChecks checks = new ContentChecks(ContentSettings.defaults());
            new Crawler(Audits.quick().dnsResolver(Audits.loopbackNames()).build()).crawl(site.uri,
                    new NullProgressMonitor(), checks.into(findings));
            Set<String> described = new TreeSet<>();
            for (Finding finding : findings) {
                described.add(finding.ruleId() + " " + finding.page().getPath());
            }
            assertEquals(Set.of("PAGE-TAGS-ARTICLE /a.html", "PAGE-TAGS-COLUMN /a.html", "PAGE-PUBDATE-FORMAT /a.html",
                    "PAGE-SOURCE-SHOWN /a.html", "PAGE-IMAGE-ALT /a.html", "PAGE-HIDDEN-LINK /b.html"), described);
            assertEquals(6, findings.size());
        }
    }

    @Test
    void externalStyleSheetsInScopeAreFetchedOnceAndApplied() throws Exception {
        try (TestSite site = new TestSite(); TestSite cdn = new TestSite()) {
            String spam = "http://spam.example:" + Audits.closedPort() + "/";
            String sheet = "<link rel=\"stylesheet\" href=\"/css/site.css\">"
                    + "<link rel=\"stylesheet\" href=\"http://cdn.example:" + cdn.uri.getPort() + "/cdn.css\">"
                    + "<link rel=\"alternate stylesheet\" href=\"/css/alt.css\"><link rel=\"stylesheet\" media=\"print\" "
                    + "href=\"/css/print.css\"><style>.yqlj { display: block }</style>";
            String hidden = "<div class=\"yqlj\"><ul><li><a href=\"" + spam + "\">博彩</a></li></ul></div>";
            String visible = "<div class=\"nav\"><a href=\"" + spam + "x\">友情链接</a></div>";
            String imported = "<div class=\"more\"><a href=\"" + spam + "m\">博彩</a></div>";
            site.bytes("/", 200, "text/html; charset=utf-8", html(sheet, "<a href=\"/b.html\">栏目</a>" + hidden + visible + imported))
                    .bytes("/b.html", 200, "text/html; charset=utf-8", html(sheet, hidden))
                    .bytes("/css/site.css", 200, "text/css", ("@charset \"GBK\"; @import url(\"more.css\");"
                            + " /* 样式 */ .yqlj ul > li a { position: absolute; top: -999px }").getBytes(Charset.forName("GBK")))
                    .bytes("/css/more.css", 200, "text/css", "@import 'site.css'; .more a { visibility: hidden }"
                            .getBytes(StandardCharsets.UTF_8))
                    .bytes("/css/alt.css", 200, "text/css", ".nav a { display: none }".getBytes(StandardCharsets.UTF_8))
                    .bytes("/css/print.css", 200, "text/css", ".nav a { display: none }".getBytes(StandardCharsets.UTF_8));
            cdn.bytes("/cdn.css", 200, "text/css", ".nav a { display: none }".getBytes(StandardCharsets.UTF_8));
            Queue<Finding> findings = new ConcurrentLinkedQueue<>();
            new Crawler(Audits.quick().dnsResolver(Audits.loopbackNames()).build()).crawl(site.uri,
                    new NullProgressMonitor(), new ContentChecks(ContentSettings.defaults()).into(findings));
            Set<String> hiddenLinks = new TreeSet<>();
            findings.stream().filter(f -> f.ruleId().equals("PAGE-HIDDEN-LINK"))
                    .forEach(f -> hiddenLinks.add(f.page().getPath() + " " + f.evidence()));
            assertEquals(Set.of("/ " + spam + " (position:absolute; top:-999px @ a)", "/ " + spam + "m (visibility:hidden @ a)",
                    "/b.html " + spam + " (position:absolute; top:-999px @ a)"), hiddenLinks);
            assertEquals(2, site.hits("/css/site.css"), "one HEAD to check the link, one GET to read it, for both pages");
            assertEquals(1, site.hits("/css/more.css"), "an import is read once, and its import of site.css ends the cycle");
            assertEquals(1, site.hits("/css/alt.css"), "an alternate sheet is checked, not read");
            assertEquals(1, site.hits("/css/print.css"), "a print sheet is checked, not read");
            assertEquals(1, cdn.hits("/cdn.css"), "a sheet out of scope is checked, not read");
        }
    }
}
