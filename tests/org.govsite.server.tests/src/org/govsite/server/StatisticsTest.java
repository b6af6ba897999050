package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/statistics?year=}: every field over a platform of known counts, with records on both sides of
 * the year's bounds (Asia/Shanghai), articles in each column category, of each kind and in two sites, topics opened this year and
 * before, archived before and during the year; the year's errors; who may read.
 */
class StatisticsTest extends EditorTestBase {
    /** The server dates new topics by its clock: the statistics are of this year in Asia/Shanghai. */
    private static final int Y = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private static final String A = "/api/v1/sites/a/";

    @BeforeEach
    void platform() throws SQLException {
        content.create("/api/v1/organisations", Content.organisation("hz"));
        content.create("/api/v1/sites", Content.with(Content.site("a", "hz", "www.hangzhou.gov.cn"), "idCode", "3301000001"));
        content.create("/api/v1/sites", Content.with(Content.site("b", "hz", "www.xihu.gov.cn"), "idCode", "3301060001"));
        Map<String, String> categories = Map.of("ov", "OVERVIEW", "org", "ORGANISATION", "news", "NEWS", "gk", "OPEN_GOVERNMENT",
                "jd", "INTERPRETATION", "zc", "POLICY");
        categories.forEach((id, category) -> content.create(A + "columns",
                Content.with(Content.column(id, null, id), "category", category)));
        content.create("/api/v1/sites/b/columns", Content.column("bnews", null, "news"));
        article("a1", "ov", y(0) + "-01-01 00:00");
        article("a2", "org", y(0) + "-06-01 08:00");
        article("a3", "news", y(0) + "-12-31 23:59");
        article("a4", "news", y(0) + "-04-04 10:00", null, "gk");
        article("a5", "news", y(-1) + "-12-31 23:59");
        article("a6", "news", y(1) + "-01-01 00:00");
        article("a7", "jd", y(0) + "-03-01 09:00", "INTERPRETATION_MATERIAL");
        article("a8", "zc", y(0) + "-02-02 09:00");
        article("a9", "bnews", y(0) + "-07-07 07:07", null, "news");
        article("a10", "jd", y(0) + "-03-02 09:00", "INTERPRETATION_PRODUCT");
        article("a11", "news", y(0) + "-03-03 09:00", "MEDIA_COMMENT");
        article("a12", "jd", y(0) + "-08-08 09:00", "HOTSPOT_RESPONSE");
        article("a13", "jd", y(-1) + "-08-08 09:00", "INTERPRETATION_MATERIAL");

        for (String topic : List.of("t1", "t2", "t3", "t4", "t5")) {
            content.create(A + "topics", Content.topic(topic, topic));
        }
        content.put(A + "topics/t3", Map.of("name", "专题 t3", "pathSegment", "t3", "archived", true, "archivedOn", y(-1) + "-12-31"), 1);
        content.put(A + "topics/t4", Map.of("name", "专题 t4", "pathSegment", "t4", "archived", true, "archivedOn", y(0) + "-02-01"), 1);
        setOpenedOn("t2", LocalDate.of(Y - 1, 5, 1));
        setOpenedOn("t3", LocalDate.of(Y - 2, 5, 1));
        setOpenedOn("t4", LocalDate.of(Y - 1, 5, 1));
        setOpenedOn("t5", null);

        message("m1", y(0) + "-01-01 00:00", y(0) + "-01-02 09:00", y(0) + "-01-03 00:00", true);
        message("m2", y(-1) + "-12-31 23:59", null, y(0) + "-01-02 00:00", false);
        message("m3", y(0) + "-12-30 12:00", null, y(1) + "-01-02 12:00", false);
        message("m4", y(0) + "-05-01 08:00", y(0) + "-05-01 09:00", y(0) + "-05-02 20:00", false);
        message("m5", y(0) + "-07-01 10:00", y(0) + "-07-02 10:00", null, true);

        solicitation("q1", y(0) + "-03-01", y(0) + "-03-31", 10, y(0) + "-04-15 10:00");
        solicitation("q2", y(0) + "-11-20", y(1) + "-01-10", 5, null);
        solicitation("q3", y(-1) + "-12-01", y(0) + "-01-10", 100, y(0) + "-02-01 10:00");

        interview("i1", y(0) + "-06-10 15:00", 12, 10);
        interview("i2", y(1) + "-01-01 00:00", 40, 40);
        interview("i3", y(0) + "-12-31 23:59", 3, 3);

        service("v1", true, List.of(Map.of("year", Y, "persons", 100, "legalEntities", 20), Map.of("year", Y - 1, "persons", 999)));
        service("v2", false, List.of(Map.of("year", Y, "persons", 5, "legalEntities", 1)));
        service("v3", true, List.of());
    }

    @Test
    void everyFieldCountsTheYearOnly() {
        ApiClient.Reply reply = content.get("/api/v1/statistics?year=" + Y);
        assertEquals(200, reply.status(), reply::text);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("year", Y);
        expected.put("sites", List.of(
                site("a", "www.hangzhou.gov.cn", "3301000001", List.of(10, 2, 4, 1), List.of(4, 1), List.of(1, 1, 1, 1),
                        map("catalogue", true, "registeredUsers", 0, "items", 3, "onlineItems", 2,
                                "cases", map("total", 126, "persons", 105, "legalEntities", 21)),
                        map("received", 4, "closed", 2, "averageDays", 1.8, "public", 2),
                        map("count", 2, "opinions", 15, "resultsPublished", 1), map("count", 2, "questions", 15, "answers", 13)),
                site("b", "www.xihu.gov.cn", "3301060001", List.of(1, 0, 1, 0), List.of(0, 0), List.of(0, 0, 0, 0),
                        map("catalogue", false, "registeredUsers", 0, "items", 0, "onlineItems", 0,
                                "cases", map("total", 0, "persons", 0, "legalEntities", 0)),
                        map("received", 0, "closed", 0, "averageDays", 0.0, "public", 0),
                        map("count", 0, "opinions", 0, "resultsPublished", 0), map("count", 0, "questions", 0, "answers", 0))));
        assertEquals(expected, TestServer.parse(reply));
        assertEquals(List.of(2, 0), articleTotals(Y - 1), "the year before: a5 and a13 in a, nothing in b");
        assertEquals(List.of(1, 0), articleTotals(Y + 1), "the year after: a6 in a, nothing in b");
    }

    @Test
    void theYearIsRequiredAndChecked() {
        for (String query : List.of("", "?year=", "?year=abc", "?year=1899", "?year=10000", "?year=2026.5")) {
            assertEquals("GS-REQ-INVALID-FIELD", content.get("/api/v1/statistics" + query).code(), query);
        }
    }

    @Test
    void everyRoleReads() {
        for (Role role : List.of(Role.CONTENT_REVIEWER, Role.AUDITOR)) {
            ApiClient.Session session = client.login(test.addOperator(role.wireName().replace('-', '.'), role));
            assertEquals(200, client.signed(session, "GET", "/api/v1/statistics?year=" + Y, Content.NO_BODY).status());
        }
        assertEquals(200, client.signed(client.login(test.admin), "GET", "/api/v1/statistics?year=" + Y, Content.NO_BODY).status());
    }

    private List<Integer> articleTotals(int year) {
        List<?> sites = TestServer.list(content.get("/api/v1/statistics?year=" + year), "sites");
        return List.of(total(sites.get(0)), total(sites.get(1)));
    }

    private static int total(Object site) {
        return (Integer) ((Map<?, ?>) ((Map<?, ?>) site).get("articles")).get("total");
    }

    private static String y(int offset) {
        return String.valueOf(Y + offset);
    }

    private static Map<String, Object> site(String id, String host, String idCode, List<Integer> articles, List<Integer> topics,
            List<Integer> kinds, Map<String, Object> services, Map<String, Object> messages, Map<String, Object> solicitations,
            Map<String, Object> interviews) {
        return map("siteId", id, "siteName", "站点 " + id, "host", host, "idCode", idCode,
                "articles", map("total", articles.get(0), "overview", articles.get(1), "news", articles.get(2), "catalogue", articles.get(3)),
                "topics", map("maintained", topics.get(0), "opened", topics.get(1)),
                "interpretations", map("total", kinds.get(0) + kinds.get(1) + kinds.get(2), "materials", kinds.get(0),
                        "products", kinds.get(1), "mediaComments", kinds.get(2)),
                "hotspotResponses", kinds.get(3), "services", services, "messages", messages, "solicitations", solicitations,
                "interviews", interviews);
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private void article(String id, String home, String publishedAt) {
        article(id, home, publishedAt, null);
    }

    private void article(String id, String home, String publishedAt, String kind, String... more) {
        List<String> columns = new ArrayList<>(List.of(home));
        columns.addAll(List.of(more));
        Map<String, Object> extra = new HashMap<>(Map.of("publishedAt", publishedAt));
        extra.put("kind", kind);
        content.create("/api/v1/articles", Library.article(id, "文章 " + id, columns, extra));
    }

    private void message(String id, String received, String answered, String closed, boolean publicAnswer) {
        Map<String, Object> message = new HashMap<>(Map.of("id", id, "title", "留言 " + id, "receivedAt", received,
                "publicAnswer", publicAnswer));
        message.put("answeredAt", answered);
        message.put("closedAt", closed);
        content.create(A + "messages", message);
    }

    private void solicitation(String id, String start, String end, int opinions, String resultPublished) {
        Map<String, Object> solicitation = new HashMap<>(Map.of("id", id, "title", "征集 " + id, "startOn", start, "endOn", end,
                "opinions", opinions));
        solicitation.put("resultPublishedAt", resultPublished);
        content.create(A + "solicitations", solicitation);
    }

    private void interview(String id, String heldAt, int questions, int answers) {
        content.create(A + "interviews", Map.of("id", id, "title", "访谈 " + id, "heldAt", heldAt, "questions", questions,
                "answers", answers));
    }

    private void service(String id, boolean online, List<Map<String, Object>> cases) {
        content.create(A + "services", Map.of("id", id, "name", "事项 " + id, "online", online, "cases", cases));
    }

    /** Dates a topic as opened earlier (or before schema 5: null), as the API cannot. */
    private void setOpenedOn(String topic, LocalDate openedOn) throws SQLException {
        try (Connection connection = database();
                PreparedStatement update = connection.prepareStatement("UPDATE topic SET opened_on = ? WHERE id = ?")) {
            update.setObject(1, openedOn);
            update.setString(2, topic);
            assertEquals(1, update.executeUpdate());
        }
    }
}
