package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.testing.ShiftedClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration notices: kept at least 30 days (refused shorter, not taken down, moved or ended sooner once shown), shown on
 * the old host's home page instead of its redirect and on the superior portal while active, gone after their end.
 */
class MigrationNoticeTest extends EditorTestBase {
    private static final String OLD = "www.old.gov.cn";
    private static final String PATH = "/api/v1/migration-notices/" + OLD;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ShiftedClock clock = new ShiftedClock();
    private Library library;
    private SiteFetcher sites;

    /** The server's database; the PostgreSQL subclass overrides it. */
    ServerConfig base(Path data) {
        return TestServer.config(data);
    }

    @Override
    final ServerConfig config(Path data) {
        return base(data).withClock(clock);
    }

    @BeforeEach
    void sites() {
        library = new Library(test, editor, content);
        sites = new SiteFetcher(test.server.uri());
        library.site("bdportal", "保定市人民政府门户网站", "bd", "www.bd.gov.cn", List.of(), "1306000001");
        library.site("slj", "保定市水利局", "bd", "slj.bd.gov.cn", List.of(), "1306000009");
        library.column("bdportal", "bd-news", null, "政务动态", "zwdt", "NEWS", 0);
    }

    @Test
    void aNoticeShorterThan30DaysOrOfUnknownSitesIsRefusedAndNothingKept() {
        ApiClient.Reply short29 = put(notice(null, in(Duration.ofDays(29))));
        assertEquals("GS-NOTICE-TOO-SHORT", short29.code(), short29.text());
        assertEquals(422, short29.status());
        assertEquals("GS-REQ-NOT-FOUND", get().code(), "nothing kept");
        assertEquals("GS-REQ-INVALID-FIELD", put(notice(in(Duration.ofDays(-1)), in(Duration.ofDays(40)))).code(), "a start in the past");
        assertEquals("GS-REQ-INVALID-FIELD", put(with(notice(null, in(Duration.ofDays(40))), "site", "none")).code());
        assertEquals("GS-REQ-INVALID-FIELD", put(with(notice(null, in(Duration.ofDays(40))), "superiorSite", "none")).code());
        assertEquals("GS-REQ-INVALID-FIELD", put(with(notice(null, "2026-13-01 00:00"), "title", "")).code());
        assertEquals("GS-REQ-INVALID-FIELD", put(with(notice(null, "31 days"), "title", "t")).code(), "end not a time");
        assertEquals("GS-REQ-MALFORMED-JSON", put(with(notice(null, in(Duration.ofDays(40))), "extra", "x")).code());
        assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "PUT", "/api/v1/migration-notices/old_host",
                TestServer.json(notice(null, in(Duration.ofDays(40))))).code());
        ApiClient.Session reviewer = library.reviewer;
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "PUT", PATH, TestServer.json(notice(null, in(Duration.ofDays(40))))).code());
        assertEquals("GS-REQ-NOT-FOUND", get().code());
    }

    @Test
    void aShownNoticeIsNotTakenDownMovedOrEndedSoonerBefore30Days() {
        String end = in(Duration.ofDays(40));
        Map<String, Object> first = TestServer.parse(Library.expect(200, put(notice(null, end))));
        assertEquals(true, first.get("active"));
        assertEquals("https://slj.bd.gov.cn/", first.get("address"));
        assertEquals(end, first.get("end"));
        String start = (String) first.get("start");
        LocalDateTime shown = LocalDateTime.parse(start, MINUTE);

        assertEquals("GS-NOTICE-TOO-SHORT", put(notice(null, shown.plusDays(29).format(MINUTE))).code(), "ended sooner");
        ApiClient.Reply moved = put(notice(in(Duration.ofDays(2)), in(Duration.ofDays(40))));
        assertEquals("GS-NOTICE-LOCKED", moved.code(), moved.text());
        assertEquals(409, moved.status());
        ApiClient.Reply removed = client.signed(editor, "DELETE", PATH, Content.NO_BODY);
        assertEquals("GS-NOTICE-LOCKED", removed.code());
        assertTrue(removed.text().contains("it can be taken down from " + shown.plusDays(30).format(MINUTE)), removed.text());
        Map<String, Object> read = TestServer.parse(Library.expect(200, client.signed(library.reviewer, "GET", PATH, Content.NO_BODY)));
        assertEquals(end, read.get("end"), "the refused changes left it as it was");

        String thirty = shown.plusDays(30).format(MINUTE);
        Map<String, Object> shortened = TestServer.parse(Library.expect(200, put(with(notice(null, thirty), "title", "网站迁移公告（更新）"))));
        assertEquals(thirty, shortened.get("end"), "ended at 30 days shown: allowed");
        assertEquals(start, shortened.get("start"), "an omitted start keeps the shown notice's start");
        assertEquals(2, library.log().stream().filter(e -> e.action().equals("notice.put") && e.target().equals(OLD)).count());

        String later = "/api/v1/migration-notices/www.later.gov.cn";
        Library.expect(200, client.signed(editor, "PUT", later, TestServer.json(notice(in(Duration.ofDays(3)), in(Duration.ofDays(40))))));
        Library.expect(200, client.signed(editor, "DELETE", later, Content.NO_BODY));
        assertEquals("GS-REQ-NOT-FOUND", client.signed(editor, "GET", later, Content.NO_BODY).code(), "a notice not shown yet can be withdrawn");
        assertTrue(library.log().stream().anyMatch(e -> e.action().equals("notice.delete") && e.target().equals("www.later.gov.cn")));
    }

    @Test
    void theOldHomeAndTheSuperiorPortalShowTheNoticeUntilItsEnd() {
        Library.expect(200, client.signed(editor, "PUT", "/api/v1/redirects/" + OLD, TestServer.json(Map.of("entries", List.of(
                Map.of("path", "/", "status", 301, "target", "https://slj.bd.gov.cn/"),
                Map.of("path", "/xxgk/a.html", "status", 301, "target", "https://slj.bd.gov.cn/xxgk/a.html"))))));
        Library.expect(200, client.signed(library.reviewer, "POST", "/api/v1/sites/bdportal/publish", Content.NO_BODY));
        assertEquals(301, sites.get(OLD, "/").status(), "no notice yet: the redirect");
        String end = in(Duration.ofDays(31));
        Map<String, Object> stored = TestServer.parse(Library.expect(200, put(notice(null, end))));

        SiteFetcher.Page home = sites.get(OLD, "/");
        assertEquals(200, home.status());
        Document page = Jsoup.parse(home.text());
        assertTrue(page.text().contains("本网站已迁移至：保定市水利局 https://slj.bd.gov.cn/"), page.text());
        assertEquals("https://slj.bd.gov.cn/", page.select("main a").attr("href"));
        assertTrue(page.text().contains("公告时间：" + stored.get("start") + " 至 " + end), page.text());
        assertEquals("保定市水利局", meta(page, "SiteName"));
        assertEquals("slj.bd.gov.cn", meta(page, "SiteDomain"));
        assertEquals("1306000009", meta(page, "SiteIDCode"));
        assertEquals("网站迁移公告", meta(page, "ArticleTitle"));
        assertEquals(stored.get("start"), meta(page, "PubDate"));
        assertEquals(200, sites.get(OLD, "/index.html").status(), "the old home page under its file name too");
        assertEquals(301, sites.get(OLD, "/xxgk/a.html").status(), "other old URLs keep their redirect");

        Document portal = Jsoup.parse(sites.get("www.bd.gov.cn", "/").text());
        assertEquals("/migration-notices.html#" + OLD, portal.select("section.migration-notices a").attr("href"));
        assertEquals("政务动态", portal.select("nav.channels a").last().text(), "the portal's own page around the links");
        Document notices = Jsoup.parse(sites.get("www.bd.gov.cn", "/migration-notices.html").text());
        assertTrue(notices.getElementById(OLD).text().contains("原网站 www.old.gov.cn 已迁移至：保定市水利局 https://slj.bd.gov.cn/"),
                notices.text());
        assertEquals("保定市人民政府门户网站", meta(notices, "SiteName"), "the portal's page tags");

        clock.advance(Duration.ofDays(32));
        SiteFetcher.Page after = sites.get(OLD, "/");
        assertEquals(301, after.status(), "after the end: the redirect again");
        assertEquals("https://slj.bd.gov.cn/", after.headers().get("location"));
        assertFalse(sites.get("www.bd.gov.cn", "/").text().contains("migration-notices"));
        assertEquals(404, sites.get("www.bd.gov.cn", "/migration-notices.html").status());
    }

    @Test
    void aNoticeStartingLaterIsNotShownYet() {
        Library.expect(200, put(notice(in(Duration.ofDays(2)), in(Duration.ofDays(40)))));
        Library.expect(200, client.signed(library.reviewer, "POST", "/api/v1/sites/bdportal/publish", Content.NO_BODY));
        assertEquals(404, sites.get(OLD, "/nothing.html").status(), "no active notice, no redirect entries: not served");
        assertFalse(sites.get("www.bd.gov.cn", "/").text().contains("migration-notices"));
        clock.advance(Duration.ofDays(3));
        assertEquals(200, sites.get(OLD, "/").status());
        assertTrue(sites.get("www.bd.gov.cn", "/").text().contains("/migration-notices.html#" + OLD));
    }

    private ApiClient.Reply put(Map<String, Object> body) {
        return client.signed(editor, "PUT", PATH, TestServer.json(body));
    }

    private ApiClient.Reply get() {
        return client.signed(editor, "GET", PATH, Content.NO_BODY);
    }

    private static Map<String, Object> notice(String start, String end) {
        Map<String, Object> notice = new LinkedHashMap<>(Map.of("site", "slj", "superiorSite", "bdportal", "title", "网站迁移公告",
                "text", "保定市水利局网站已整合迁移至集约化平台。", "end", end));
        if (start != null) {
            notice.put("start", start);
        }
        return notice;
    }

    private static Map<String, Object> with(Map<String, Object> notice, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(notice);
        changed.put(field, value);
        return changed;
    }

    /** @return the real time plus {@code from}, as the API writes times */
    private static String in(Duration from) {
        return LocalDateTime.now(SHANGHAI).plus(from).plusMinutes(1).format(MINUTE);
    }

    private static String meta(Document page, String name) {
        return page.select("meta[name=" + name + "]").attr("content");
    }
}
