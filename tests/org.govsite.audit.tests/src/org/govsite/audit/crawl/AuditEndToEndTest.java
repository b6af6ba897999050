package org.govsite.audit.crawl;

import static org.govsite.audit.crawl.GovPages.TODAY;
import static org.govsite.audit.crawl.GovPages.article;
import static org.govsite.audit.crawl.GovPages.column;
import static org.govsite.audit.crawl.GovPages.daysAgo;
import static org.govsite.audit.crawl.GovPages.home;
import static org.govsite.audit.crawl.GovPages.html;
import static org.govsite.audit.crawl.GovPages.item;
import static org.govsite.audit.crawl.GovPages.serve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.audit.Audit;
import org.govsite.audit.AuditSettings;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.content.ContentSettings;
import org.govsite.audit.verdict.Indicator;
import org.govsite.audit.verdict.VerdictItem;
import org.govsite.audit.verdict.VerdictSettings;
import org.junit.jupiter.api.Test;

/** A whole audit of a planted site through the facade, on a fixed day: every planted finding and nothing else. */
class AuditEndToEndTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(CHINA).toInstant(), CHINA);
    private static final String NAV = "<ul class=\"nav\"><li><a href=\"/zwdt/\">政务动态</a></li>"
            + "<li><a href=\"/tzgg/\">通知公告</a></li><li><a href=\"/zcwj/\">政策文件</a></li>"
            + "<li><a href=\"/ztzl/\">专题专栏</a></li></ul>";

    /** Plants the site: a fresh home page, a stale news and policy column, an empty column, a typo, an ID mismatch. */
    private static void plant(TestSite site) {
        serve(site, "/", home(NAV + "<ul class=\"news\">" + item("/tzgg/n1.html", "关于开展安全检查的通知", daysAgo(3))
                + item("/zwdt/a1.html", "市政府召开常务会议", daysAgo(20)) + "</ul>"));
        serve(site, "/zwdt/", column("政务动态", "工作动态", item("/zwdt/a1.html", "市政府召开常务会议", daysAgo(20))
                + item("/zwdt/a2.html", "全市经济运行情况", daysAgo(25))));
        serve(site, "/zwdt/a1.html", article("政务动态", "工作动态", "市政府召开常务会议", daysAgo(20) + " 09:00",
                "会议研究了近期重点工作。"));
        serve(site, "/zwdt/a2.html", article("政务动态", "工作动态", "全市经济运行情况", daysAgo(25) + " 09:00",
                "各单位要再接再励，确保完成全年目标任务。"));
        serve(site, "/tzgg/", column("通知公告", "通知公告", item("/tzgg/n1.html", "关于开展安全检查的通知", daysAgo(3))));
        Map<String, String> wrongCode = GovPages.columnTags("通知公告", "通知公告");
        wrongCode.put("SiteIDCode", "3401000002");
        wrongCode.putAll(Map.of("ArticleTitle", "关于开展安全检查的通知", "PubDate", daysAgo(3) + " 16:30",
                "ContentSource", "市应急管理局", "Keywords", "安全检查", "Author", "李四", "Description", "安全检查",
                "Image", "http://www.hefei.gov.cn/images/a.jpg", "Url", "http://www.hefei.gov.cn/tzgg/n1.html"));
        serve(site, "/tzgg/n1.html", html(wrongCode, "<h1>关于开展安全检查的通知</h1><p>信息来源：市应急管理局</p>"));
        serve(site, "/zcwj/", column("政策文件", "政策文件", item("/zwdt/a1.html", "合肥市政府规章", daysAgo(200))));
        serve(site, "/ztzl/", column("专题专栏", "专题", ""));
    }

    private static SiteAudit audit(TestSite site) {
        AuditSettings settings = new AuditSettings(Audits.quick().build(), ContentSettings.defaults(),
                VerdictSettings.defaults());
        return new Audit(settings, CLOCK).run(site.uri, null);
    }

    @Test
    void freshnessIsJudgedOnTheDayInBeijingWhateverTheClocksZone() throws Exception {
        Clock utcAfterMidnightInBeijing = Clock.fixed(TODAY.atTime(0, 30).atZone(CHINA).toInstant(), ZoneOffset.UTC);
        try (TestSite site = new TestSite()) {
            plant(site);
            AuditSettings settings = new AuditSettings(Audits.quick().build(), ContentSettings.defaults(),
                    VerdictSettings.defaults());
            SiteAudit audit = new Audit(settings, utcAfterMidnightInBeijing).run(site.uri, null);
            assertTrue(FreshnessCrawlTest.describe(site, audit.findings())
                    .contains("FRESH-COLUMN-STALE /zwdt/ 政务动态 [news]: " + daysAgo(20) + " (20 > 14)"),
                    "20 days in Beijing, where the UTC day is still the day before");
        }
    }

    @Test
    void everyPlantedProblemIsFoundAndNothingElse() throws Exception {
        try (TestSite site = new TestSite()) {
            plant(site);
            SiteAudit audit = audit(site);
            assertEquals(8, audit.pages());
            assertEquals(Set.of("FRESH-COLUMN-EMPTY /ztzl/ 专题专栏",
                    "FRESH-COLUMN-STALE /zcwj/ 政策文件 [policy]: " + daysAgo(200) + " (200 > 180)",
                    "FRESH-COLUMN-STALE /zwdt/ 政务动态 [news]: " + daysAgo(20) + " (20 > 14)",
                    "PAGE-FOOTER-ID-MISMATCH /tzgg/n1.html 网站标识码 3401000001 ≠ SiteIDCode 3401000002",
                    "PAGE-TYPO /zwdt/a2.html 再接再励 → 再接再厉 ×1: …政府办公室 各单位要再接再励，确保完成全年目标任…"),
                    FreshnessCrawlTest.describe(site, audit.findings()));
            assertEquals(List.of(), audit.verdict().vetoes());
            assertEquals(List.of(Indicator.DEDUCT_POLICY_STALE),
                    audit.verdict().deductions().stream().map(VerdictItem::indicator).toList());
            assertEquals(95, audit.verdict().score(), 1e-9);
            assertTrue(audit.verdict().qualified());
        }
    }

    @Test
    void aStaleHomePageAndFiveEmptyColumnsFailTheSite() throws Exception {
        try (TestSite site = new TestSite()) {
            plant(site);
            StringBuilder nav = new StringBuilder(NAV);
            for (int i = 1; i <= 4; i++) {
                nav.append("<a href=\"/kl").append(i).append("/\">空栏目").append(i).append("</a>");
                serve(site, "/kl" + i + "/", column("空栏目" + i, "专题", ""));
            }
            serve(site, "/", home(nav + "<ul>" + item("/zwdt/a1.html", "市政府召开常务会议", daysAgo(20)) + "</ul>"));
            SiteAudit audit = audit(site);
            assertEquals(List.of(Indicator.VETO_HOME_STALE, Indicator.VETO_COLUMNS_EMPTY),
                    audit.verdict().vetoes().stream().map(VerdictItem::indicator).toList());
            assertEquals(5, audit.verdict().vetoes().get(1).evidence().size());
            assertFalse(audit.verdict().qualified());
        }
    }

    @Test
    void anUnreachableSiteFailsWithNothingElseJudged() throws Exception {
        try (TestSite site = new TestSite()) {
            SiteAudit audit = audit(site);
            assertEquals(Set.of("FRESH-HOME-UNREADABLE / "), FreshnessCrawlTest.describe(site, audit.findings()));
            assertEquals(List.of(Indicator.VETO_SITE_UNREACHABLE),
                    audit.verdict().vetoes().stream().map(VerdictItem::indicator).toList());
        }
    }
}
