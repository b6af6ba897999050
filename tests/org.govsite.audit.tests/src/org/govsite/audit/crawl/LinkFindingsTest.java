package org.govsite.audit.crawl;

import java.net.URI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.govsite.audit.links.LinkChecks;
import org.govsite.audit.Finding;
import org.govsite.model.validation.Severity;
import org.junit.jupiter.api.Test;

/** A site with planted link problems: each is found, on the page and element that holds it, and nothing else. */
class LinkFindingsTest {

    @Test
    void everyPlantedProblemIsFoundAndNothingElse() throws Exception {
        int closed = Audits.closedPort();
        String list = IntStream.rangeClosed(1, 50).mapToObj(i -> "<a href=\"/list/" + i + "\">列表" + i + "</a>")
                .collect(Collectors.joining());
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", list
                    + "<a href=\"/about\">About</a><a href=\"missing\">Missing page</a><a href=\"/error\">Error</a>"
                    + "<a href=\"http://127.0.0.1:" + closed + "/x\">Closed port</a>"
                    + "<a href=\"/r1\">Chain</a><a href=\"/moved\">One redirect</a><a href=\"/loop-a\">Loop</a>"
                    + "<a href=\"/gbk\">GBK</a><a href=\"/about#team\">About again</a><a href=\"mailto:x@y.gov.cn\">mail</a>"
                    + "<img src=\"/logo.png\" alt=\"logo\"><script src=\"/app.js\"></script>"
                    + "<link rel=\"stylesheet\" href=\"/gone.css\">"
                    + "<a href=\"/old-banner\"><img src=\"/logo.png\" alt=\"专题横幅\"></a>")
                    .page("/about", "关于", "<img src=\"/missing.png\" alt=\"徽标\"><a href=\"/\">Home</a>")
                    .status("/error", 500)
                    .redirect("/r1", "/r2").redirect("/r2", "/r3").redirect("/r3", "/about")
                    .redirect("/moved", "/about")
                    .redirect("/loop-a", "/loop-b").redirect("/loop-b", "/loop-a")
                    .legacyPage("/gbk", Charset.forName("GBK"), "政府信息公开", "<p>欢迎</p>")
                    .bytes("/logo.png", 200, "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' })
                    .bytes("/app.js", 200, "application/javascript", "var a;".getBytes(StandardCharsets.UTF_8))
                    .page("/shared", "共享", "ok");
            for (int i = 1; i <= 50; i++) {
                site.page("/list/" + i, "列表" + i, "<a href=\"/shared\">共享页面</a>");
            }
            CrawlSettings settings = Audits.quick().build();
            CrawlResult crawl = Audits.crawl(site, settings);
            List<Finding> findings = LinkChecks.findings(crawl, settings);

            assertEquals(Set.of(
                    "LINK-BROKEN / -> /missing a 'Missing page'",
                    "LINK-BROKEN / -> /error a 'Error'",
                    "LINK-BROKEN / -> http://127.0.0.1:" + closed + "/x a 'Closed port'",
                    "LINK-BROKEN / -> /gone.css link ''",
                    "LINK-BROKEN / -> /old-banner a '专题横幅'",
                    "LINK-BROKEN /about -> /missing.png img '徽标'",
                    "LINK-REDIRECT-CHAIN / -> /r1 a 'Chain'",
                    "LINK-REDIRECT-LOOP / -> /loop-a a 'Loop'"), Audits.describe(site, findings));
            assertEquals(Severity.ERROR, findings.stream().filter(f -> f.ruleId().equals("LINK-REDIRECT-LOOP"))
                    .findFirst().orElseThrow().severity());
            String chain = findings.stream().filter(f -> f.ruleId().equals("LINK-REDIRECT-CHAIN")).findFirst()
                    .orElseThrow().evidence();
            assertTrue(chain.contains("/r1 -301->") && chain.contains("/r3 -301->") && chain.endsWith("HTTP 200"), chain);
            String refused = findings.stream().filter(f -> URI.create(f.target()).getPort() == closed).findFirst().orElseThrow()
                    .evidence();
            assertTrue(refused.contains("CONNECT"), refused);

            assertEquals(1, site.hits("/shared"), "a page linked from 50 pages is fetched once");
            assertEquals(1, site.hits("/about"), "reached directly, by two redirects and with a fragment: one fetch");
            assertEquals(1, site.hits("/error"), "500 is not retried");
            assertEquals("政府信息公开", crawl.pages().stream().filter(p -> p.url().getPath().equals("/gbk")).findFirst()
                    .orElseThrow().title());
            assertEquals(54, crawl.pages().size(), "home, about, gbk, shared and 50 list pages");
            assertTrue(crawl.skipped().isEmpty(), crawl.skipped().toString());
        }
    }
}
