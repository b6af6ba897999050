package org.govsite.audit.crawl;

import static org.govsite.audit.crawl.GovPages.TODAY;
import static org.govsite.audit.crawl.GovPages.article;
import static org.govsite.audit.crawl.GovPages.column;
import static org.govsite.audit.crawl.GovPages.daysAgo;
import static org.govsite.audit.crawl.GovPages.home;
import static org.govsite.audit.crawl.GovPages.item;
import static org.govsite.audit.crawl.GovPages.serve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.audit.Finding;
import org.govsite.audit.freshness.ColumnCategory;
import org.govsite.audit.freshness.ColumnFreshness;
import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.freshness.FreshnessChecks;
import org.govsite.audit.freshness.FreshnessCollector;
import org.govsite.audit.freshness.FreshnessSettings;
import org.junit.jupiter.api.Test;

/** The freshness checks on sites served on loopback, judged on {@link GovPages#TODAY}. */
class FreshnessCrawlTest {

    static Freshness freshness(TestSite site, FreshnessSettings settings) {
        FreshnessCollector dates = new FreshnessCollector();
        CrawlResult crawl = new Crawler(Audits.quick().build()).crawl(site.uri, new NullProgressMonitor(), dates);
        return FreshnessChecks.check(site.uri, crawl, dates.pages(), TODAY, settings);
    }

    /** @return each finding as "RULE path evidence" */
    static Set<String> describe(TestSite site, List<Finding> findings) {
        Set<String> described = new TreeSet<>();
        for (Finding f : findings) {
            described.add(f.ruleId() + " " + f.page().toString().replace(site.uri.toString(), "/") + " " + f.evidence());
        }
        return described;
    }

    @Test
    void columnsAreJudgedByCategoryAgainstTheClock() throws Exception {
        try (TestSite site = new TestSite()) {
            serve(site, "/", home("<ul class=\"nav\"><li><a href=\"/zwdt/\">政务动态</a></li>"
                    + "<li><a href=\"/ldhd/\">领导活动</a></li><li><a href=\"/bmdt/\">部门动态</a></li>"
                    + "<li><a href=\"/tzgg/\">通知公告</a></li><li><a href=\"/zcwj/\">政策文件</a></li>"
                    + "<li><a href=\"/gsgg/\">公示公告</a></li><li><a href=\"/jgzn/\">机构职能</a></li>"
                    + "<li><a href=\"/ztzl/\">专题专栏</a></li></ul><ul class=\"news\">"
                    + item("/zwdt/a1.html", "要闻", daysAgo(14)) + "</ul>"));
            // news by ColumnType: 15 days is one too many; its second list page and a sub-column are not the column
            serve(site, "/zwdt/", column("政务动态", "工作动态", item("/zwdt/a1.html", "甲", daysAgo(15))
                    + item("/zwdt/index_1.html", "下一页", "") + "<li><a href=\"/zwdt/xq/\">县区动态</a></li>"));
            serve(site, "/zwdt/index_1.html", column("政务动态", "工作动态", item("/zwdt/a0.html", "乙", daysAgo(300))));
            serve(site, "/zwdt/xq/", column("县区动态", "工作动态", item("/zwdt/a1.html", "丙", daysAgo(3))));
            serve(site, "/zwdt/a1.html", article("政务动态", "工作动态", "甲", daysAgo(15) + " 09:00", "正文"));
            // news by ColumnType, 14 days (Chinese date form): fresh
            serve(site, "/ldhd/", column("领导活动", "要闻", item("/zwdt/a1.html", "丁",
                    TODAY.minusDays(14).getYear() + "年" + TODAY.minusDays(14).getMonthValue() + "月"
                            + TODAY.minusDays(14).getDayOfMonth() + "日")));
            // news by name, slashes and a time
            serve(site, "/bmdt/", column("部门动态", "", item("/zwdt/a1.html", "戊", daysAgo(15).replace('-', '/')
                    + " 09:30")));
            serve(site, "/tzgg/", column("通知公告", "通知公告", item("/zwdt/a1.html", "己", daysAgo(180))));
            serve(site, "/zcwj/", column("政策文件", "政策文件", item("/zwdt/a1.html", "庚", daysAgo(181))));
            // notices by name; the list shows no dates, the article it links to has its PubDate
            serve(site, "/gsgg/", column("公示公告", "", "<li><a href=\"/gsgg/art_1.html\">公示</a></li>"));
            serve(site, "/gsgg/art_1.html", article("公示公告", "", "公示", daysAgo(281) + " 10:00", "正文"));
            serve(site, "/jgzn/", column("机构职能", "机构职能", item("/zwdt/a1.html", "辛", daysAgo(400))));
            serve(site, "/ztzl/", column("专题专栏", "专题", "<li>暂无信息</li>"));

            Freshness freshness = freshness(site, FreshnessSettings.defaults());
            assertTrue(freshness.homeRead());
            assertEquals(Set.of("FRESH-COLUMN-STALE /zwdt/ 政务动态 [news]: " + daysAgo(15) + " (15 > 14)",
                    "FRESH-COLUMN-STALE /bmdt/ 部门动态 [news]: " + daysAgo(15) + " (15 > 14)",
                    "FRESH-COLUMN-STALE /zcwj/ 政策文件 [policy]: " + daysAgo(181) + " (181 > 180)",
                    "FRESH-COLUMN-STALE /gsgg/ 公示公告 [notices]: " + daysAgo(281) + " (281 > 180)",
                    "FRESH-COLUMN-EMPTY /ztzl/ 专题专栏"), describe(site, freshness.findings()));
            assertEquals(9, freshness.columns().size(), freshness.columns().toString());
            ColumnFreshness county = freshness.column(site.url("/zwdt/xq/")).orElseThrow();
            assertFalse(county.firstLevel());
            assertTrue(county.in(FreshnessSettings.NEWS));
            ColumnFreshness functions = freshness.column(site.url("/jgzn/")).orElseThrow();
            assertTrue(functions.firstLevel());
            assertTrue(functions.category().isEmpty());
        }
    }

    @Test
    void theHomePageIsStaleOnlyAfterItsLimit() throws Exception {
        try (TestSite site = new TestSite()) {
            serve(site, "/", home("<ul>" + item("/a.html", "甲", daysAgo(14)) + item("/b.html", "乙", daysAgo(30))
                    + "</ul>"));
            assertEquals(Set.of(), describe(site, freshness(site, FreshnessSettings.defaults()).findings()));
            serve(site, "/", home("<ul>" + item("/a.html", "甲", daysAgo(15)) + "</ul>"));
            assertEquals(Set.of("FRESH-HOME-STALE / " + daysAgo(15) + " (15 > 14)"),
                    describe(site, freshness(site, FreshnessSettings.defaults()).findings()));
        }
    }

    @Test
    void aNavigationHomePageIsAsFreshAsThePagesItLinksTo() throws Exception {
        try (TestSite site = new TestSite()) {
            serve(site, "/", home("<div class=\"nav\"><a href=\"/zwdt/\">政务动态</a><a href=\"/about.html\">关于</a></div>"));
            serve(site, "/zwdt/", column("政务动态", "工作动态", item("/zwdt/a.html", "甲", daysAgo(10))));
            serve(site, "/about.html", home("<p>关于本站</p>"));
            assertEquals(Set.of(), describe(site, freshness(site, FreshnessSettings.defaults()).findings()));
            serve(site, "/zwdt/", column("政务动态", "工作动态", item("/zwdt/a.html", "甲", daysAgo(20))));
            assertEquals(Set.of("FRESH-HOME-STALE / " + daysAgo(20) + " (20 > 14)",
                    "FRESH-COLUMN-STALE /zwdt/ 政务动态 [news]: " + daysAgo(20) + " (20 > 14)"),
                    describe(site, freshness(site, FreshnessSettings.defaults()).findings()));
            // an article linked from the home page counts by its PubDate
            serve(site, "/", home("<a href=\"/zwdt/\">政务动态</a><a href=\"/zwdt/a.html\">头条</a>"));
            serve(site, "/zwdt/a.html", article("政务动态", "工作动态", "头条", daysAgo(2) + " 08:00", "正文"));
            assertEquals(Set.of("FRESH-COLUMN-STALE /zwdt/ 政务动态 [news]: " + daysAgo(20) + " (20 > 14)"),
                    describe(site, freshness(site, FreshnessSettings.defaults()).findings()));
            // nothing dated anywhere: nothing to judge by, no finding
            serve(site, "/", home("<p>欢迎</p>"));
            assertEquals(Set.of(),
                    describe(site, freshness(site, FreshnessSettings.defaults()).findings()));
        }
    }

    @Test
    void anUnreadableHomePageIsReportedAndNothingElseJudged() throws Exception {
        try (TestSite site = new TestSite()) {
            Freshness freshness = freshness(site, FreshnessSettings.defaults());
            assertFalse(freshness.homeRead());
            assertEquals(Set.of("FRESH-HOME-UNREADABLE / "), describe(site, freshness.findings()));
        }
    }

    @Test
    void limitsAndCategoriesAreSettings() throws Exception {
        try (TestSite site = new TestSite()) {
            serve(site, "/", home("<ul><li><a href=\"/hdjl/\">互动交流</a></li><li><a href=\"/zwdt/\">政务动态</a></li>"
                    + "</ul><ul>" + item("/a.html", "甲", daysAgo(8)) + "</ul>"));
            serve(site, "/hdjl/", column("互动交流", "互动", item("/a.html", "问", daysAgo(31))));
            serve(site, "/zwdt/", column("政务动态", "工作动态", item("/a.html", "乙", daysAgo(31))));
            FreshnessSettings settings = new FreshnessSettings(7,
                    List.of(new ColumnCategory("interaction", 30, List.of("互动", "留言"))));
            assertEquals(Set.of("FRESH-HOME-STALE / " + daysAgo(8) + " (8 > 7)",
                    "FRESH-COLUMN-STALE /hdjl/ 互动交流 [interaction]: " + daysAgo(31) + " (31 > 30)"),
                    describe(site, freshness(site, settings).findings()));
        }
    }
}
