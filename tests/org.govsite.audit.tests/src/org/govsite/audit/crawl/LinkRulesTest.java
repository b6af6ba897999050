package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.govsite.audit.Finding;
import org.govsite.audit.links.LinkChecks;
import org.junit.jupiter.api.Test;

/** Fragments, bot-blocking statuses, leave-site prompts, image sizes and load times, each planted on a site. */
class LinkRulesTest {

    private static List<Finding> audit(TestSite site, CrawlSettings settings) {
        return LinkChecks.findings(Audits.crawl(site, settings), settings);
    }

    @Test
    void missingFragmentsAreFoundWhenAsked() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/doc#sec1\">一</a><a href=\"/doc#old\">旧锚</a><a href=\"/doc#gone\">丢失</a>"
                    + "<a href=\"/doc#top\">顶部</a><a href=\"/doc#%E7%AC%AC%E4%BA%8C\">第二</a>"
                    + "<a href=\"#nowhere\">本页</a><a href=\"#main\">本页正文</a><div id=\"main\">正文</div>")
                    .page("/doc", "文档", "<h2 id=\"sec1\">一</h2><a name=\"old\"></a><h2 id=\"第二\">二</h2>");
            assertEquals(Set.of("LINK-FRAGMENT-MISSING / -> /doc a '丢失'", "LINK-FRAGMENT-MISSING / -> / a '本页'"),
                    Audits.describe(site, audit(site, Audits.quick().checkFragments(true).build())));
            assertEquals(1, site.hits("/doc"), "fragments of one page: one request per crawl");
            assertEquals(Set.of(), Audits.describe(site, audit(site, Audits.quick().build())), "off by default");
        }
    }

    @Test
    void botBlockingStatusesAreSoftNotBroken() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<a href=\"/waf\">防火墙</a><a href=\"/challenge\">瑞数</a><a href=\"/linkedin\">999</a>"
                    + "<a href=\"/gone\">已删</a><a href=\"/login\">登录</a>")
                    .status("/waf", 403).status("/challenge", 412).status("/linkedin", 999).status("/login", 401);
            assertEquals(Set.of("LINK-SOFT-BLOCKED / -> /waf a '防火墙'", "LINK-SOFT-BLOCKED / -> /challenge a '瑞数'",
                    "LINK-SOFT-BLOCKED / -> /linkedin a '999'", "LINK-BROKEN / -> /gone a '已删'",
                    "LINK-BROKEN / -> /login a '登录'"), Audits.describe(site, audit(site, Audits.quick().build())));
            assertEquals(Set.of("LINK-BROKEN / -> /waf a '防火墙'", "LINK-SOFT-BLOCKED / -> /challenge a '瑞数'",
                    "LINK-BROKEN / -> /linkedin a '999'", "LINK-BROKEN / -> /gone a '已删'",
                    "LINK-BROKEN / -> /login a '登录'"),
                    Audits.describe(site, audit(site, Audits.quick().softBlockedStatuses(Set.of(412)).build())));
        }
    }

    @Test
    void linksToNonGovernmentSitesNeedALeaveSitePrompt() throws Exception {
        try (TestSite site = new TestSite(); TestSite other = new TestSite()) {
            String port = ":" + other.uri.getPort();
            other.page("/", "外站", "ok").page("/a", "外站", "ok").page("/b", "外站", "ok").page("/c", "外站", "ok");
            site.page("/", "首页", "<a href=\"http://shop.example" + port + "/\">商城</a>"
                    + "<a class=\"about\" href=\"http://about.example" + port + "/\">关于</a>"
                    + "<a href=\"http://www.ah.gov.cn" + port + "/\">省政府</a>"
                    + "<a href=\"http://partner.example" + port + "/\">伙伴</a>"
                    + "<a href=\"http://news.example" + port + "/\" onclick=\"return confirm('您即将离开本站')\">新闻</a>"
                    + "<a class=\"link-out\" href=\"http://news.example" + port + "/a\">新闻</a>"
                    + "<a class=\"govsite-outlink\" target=\"_blank\" href=\"http://news.example" + port + "/a\">平台的外链</a>"
                    + "<div data-leave-tip=\"1\"><a href=\"http://news.example" + port + "/b\">新闻</a></div>"
                    + "<area href=\"http://map.example" + port + "/\" alt=\"地图\">"
                    + "<img src=\"http://cdn.example" + port + "/\" alt=\"图\">"
                    + "<a href=\"/go?url=x\">跳转</a><a href=\"/leave.html?url=x\">提示页</a><a href=\"/ok\">本站</a>")
                    .redirect("/go", "http://spam.example" + port + "/")
                    .redirect("/leave.html", "http://news.example" + port + "/c")
                    .page("/ok", "本站", "ok");
            CrawlSettings settings = Audits.quick().dnsResolver(Audits.loopbackNames())
                    .externalLinks(List.of("partner.example"),
                            List.of(Pattern.compile("/leave\\.html\\?url=")))
                    .build();
            String root = "http://";
            assertEquals(Set.of("LINK-EXTERNAL-NO-PROMPT / -> " + root + "shop.example" + port + "/ a '商城'",
                    "LINK-EXTERNAL-NO-PROMPT / -> " + root + "about.example" + port + "/ a '关于'",
                    "LINK-EXTERNAL-NO-PROMPT / -> " + root + "map.example" + port + "/ area '地图'",
                    "LINK-EXTERNAL-NO-PROMPT / -> /go?url=x a '跳转'"), Audits.describe(site, audit(site, settings)));
        }
    }

    @Test
    void largeImagesAndSlowPagesExceedTheirBudgets() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/", "首页", "<img src=\"/big.jpg\" alt=\"大图\"><img src=\"/small.jpg\" alt=\"小图\">"
                    + "<a href=\"/big.jpg\">原图</a><a href=\"/slow\">慢页</a><a href=\"/fast\">快页</a>")
                    .bytes("/big.jpg", 200, "image/jpeg", new byte[1_500_000])
                    .bytes("/small.jpg", 200, "image/jpeg", new byte[20_000])
                    .slowPage("/slow", Duration.ofMillis(1500), "<img src=\"/big.jpg\" alt=\"大图\">")
                    .page("/fast", "快", "ok");
            List<Finding> findings = audit(site, Audits.quick().budgets(1024 * 1024, Duration.ofMillis(800)).build());
            assertEquals(Set.of("PAGE-IMAGE-SIZE / -> /big.jpg img '大图'", "PAGE-IMAGE-SIZE /slow -> /big.jpg img '大图'",
                    "PAGE-LOAD-TIME /slow ->   ''"), Audits.describe(site, findings));
            Finding slow = findings.stream().filter(f -> f.ruleId().equals("PAGE-LOAD-TIME")).findFirst().orElseThrow();
            long millis = Long.parseLong(slow.evidence().split(" ")[0]);
            assertTrue(millis >= 1500 && millis < 4000, slow.evidence());
            assertTrue(findings.stream().anyMatch(f -> f.evidence().equals("1500000 bytes > 1048576")),
                    findings.toString());
            assertEquals(Set.of(), Audits.describe(site,
                    audit(site, Audits.quick().budgets(2 * 1024 * 1024, Duration.ofSeconds(3)).build())),
                    "the defaults: 3 s as the Guide says; a larger image budget");
        }
    }
}
