package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.govsite.model.ColumnCategory;
import org.govsite.model.guide.GuideRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Columns and topics of a site: CRUD with ETags, parents in the same site, unique path segments, invalid fields. */
class ColumnTopicTest extends EditorTestBase {
    private static final String COLUMNS = "/api/v1/sites/s1/columns";
    private static final String TOPICS = "/api/v1/sites/s1/topics";

    @BeforeEach
    void start() {
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        content.siteWithHost("s2", "hz", "www.xihu.gov.cn");
    }

    @Test
    void columnsNestWithETagsAndGuideDefaults() {
        Map<String, Object> news = content.create(COLUMNS, Content.column("news", null, "news"));
        assertEquals("s1", news.get("site"));
        assertEquals(GuideRules.defaultUpdatePeriodDays(ColumnCategory.NEWS), news.get("updatePeriodDays"));
        assertEquals(0, news.get("position"));
        content.create(COLUMNS, Content.column("local", "news", "local"));
        content.create("/api/v1/sites/s2/columns", Content.column("other", null, "news"));
        assertEquals(List.of("local", "news"), TestServer.list(content.get(COLUMNS), "columns").stream()
                .map(column -> ((Map<?, ?>) column).get("id")).toList(), "only the columns of s1");

        Map<String, Object> moved = Content.with(Content.with(Content.column("local", null, "local"), "position", 3),
                "description", "本地新闻");
        ApiClient.Reply updated = content.put(COLUMNS + "/local", moved, 1);
        assertEquals(200, updated.status(), updated::text);
        assertEquals("\"2\"", updated.header("ETag"));
        Map<String, Object> read = TestServer.parse(content.get(COLUMNS + "/local"));
        assertEquals(null, read.get("parent"));
        assertEquals(3, read.get("position"));
        assertEquals("本地新闻", read.get("description"));
        assertEquals("GS-CONFLICT-ETAG", content.put(COLUMNS + "/local", moved, 1).code());
        assertEquals("GS-REQ-PRECONDITION-REQUIRED", client.signed(editor, "DELETE", COLUMNS + "/local", Content.NO_BODY).code());
        assertEquals("GS-REQ-NOT-FOUND", content.get("/api/v1/sites/s2/columns/local").code(), "local is a column of s1");
        assertEquals(200, client.signed(editor, "DELETE", COLUMNS + "/local", Content.NO_BODY, "\"2\"").status());
        assertEquals("GS-REQ-NOT-FOUND", content.get(COLUMNS + "/local").code());
    }

    @Test
    void parentsAndPathSegmentsAreChecked() {
        content.create(COLUMNS, Content.column("news", null, "news"));
        content.create(COLUMNS, Content.column("local", "news", "local"));
        content.create("/api/v1/sites/s2/columns", Content.column("other", null, "other"));

        assertEquals("GS-REQ-INVALID-FIELD", content.post(COLUMNS, Content.column("c1", "nope", "c1")).code(), "unknown parent");
        assertEquals("GS-REQ-INVALID-FIELD", content.post(COLUMNS, Content.column("c1", "other", "c1")).code(),
                "the parent is in another site");
        assertEquals("GS-REQ-INVALID-FIELD", content.post(COLUMNS, Content.column("c1", null, "news")).code(),
                "a sibling has the segment");
        assertEquals(201, content.post(COLUMNS, Content.column("c1", "local", "news")).status(), "another parent");
        assertEquals("GS-REQ-INVALID-FIELD", content.put(COLUMNS + "/news", Content.column("news", "c1", "news"), 1).code(),
                "a column cannot move below itself");
        assertEquals("GS-REQ-INVALID-FIELD", content.put(COLUMNS + "/news", Content.column("news", "news", "news"), 1).code());
        assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "DELETE", COLUMNS + "/news", Content.NO_BODY, "\"1\"").code(),
                "news has children");
        assertEquals("GS-REQ-INVALID-FIELD", content.post(COLUMNS, Content.with(Content.column("c2", null, "c2"), "site", "s2")).code(),
                "the body names another site");
        assertEquals("GS-REQ-NOT-FOUND", content.post("/api/v1/sites/nope/columns", Content.column("c2", null, "c2")).code());
        assertEquals("GS-REQ-NOT-FOUND", content.get("/api/v1/sites/nope/columns").code());
        assertEquals("GS-REQ-INVALID-FIELD", content.post(COLUMNS, Content.column("local", null, "x")).code(), "the id exists");
    }

    @Test
    void invalidColumnFieldsAreRefused() {
        Map<String, Object> good = Content.column("c1", null, "c1");
        for (Map<String, Object> body : List.of(Content.with(good, "category", "GOSSIP"), Content.with(good, "category", null),
                Content.with(good, "pathSegment", "Has Space"), Content.with(good, "pathSegment", null),
                Content.with(good, "pathSegment", "新闻"), Content.with(good, "updatePeriodDays", -1),
                Content.with(good, "position", -2), Content.with(good, "name", ""), Content.with(good, "id", "a/b"),
                Content.with(good, "keywords", "k".repeat(501)))) {
            ApiClient.Reply reply = content.post(COLUMNS, body);
            assertEquals("GS-REQ-INVALID-FIELD", reply.code(), body::toString);
        }
        assertEquals("GS-REQ-MALFORMED-JSON", content.post(COLUMNS, Content.with(good, "position", "first")).code());
        assertEquals("GS-REQ-MALFORMED-JSON", content.post(COLUMNS, Content.with(good, "children", List.of())).code());
        assertEquals(List.of(), TestServer.list(content.get(COLUMNS), "columns"));
    }

    @Test
    void topicsWithETagsAndChecks() {
        Map<String, Object> topic = content.create(TOPICS, Content.topic("t1", "asian-games"));
        assertEquals(Content.with(Map.of("id", "t1", "site", "s1", "name", "专题 t1", "pathSegment", "asian-games",
                "onHomePage", false, "archived", false, "version", 1), "archivedOn", null), topic);
        assertEquals("GS-REQ-INVALID-FIELD", content.post(TOPICS, Content.topic("t2", "asian-games")).code(), "segment taken");
        assertEquals(201, content.post("/api/v1/sites/s2/topics", Content.topic("t2", "asian-games")).status(), "other site");
        assertEquals("GS-REQ-INVALID-FIELD", content.post(TOPICS, Content.with(Content.topic("t3", "t3"), "archivedOn",
                "2026-01-01")).code(), "archivedOn without archived");
        assertEquals("GS-REQ-INVALID-FIELD", content.post(TOPICS, Content.with(Content.topic("t3", "t3"), "archivedOn",
                "2026-1-1")).code());

        Map<String, Object> archived = Content.with(Content.with(Content.topic("t1", "asian-games"), "archived", true),
                "archivedOn", "2026-03-01");
        assertEquals("GS-REQ-PRECONDITION-REQUIRED", client.signed(editor, "PUT", TOPICS + "/t1", TestServer.json(archived)).code());
        ApiClient.Reply updated = content.put(TOPICS + "/t1", archived, 1);
        assertEquals(200, updated.status(), updated::text);
        assertEquals("2026-03-01", TestServer.parse(content.get(TOPICS + "/t1")).get("archivedOn"));
        assertEquals("GS-CONFLICT-ETAG", client.signed(editor, "DELETE", TOPICS + "/t1", Content.NO_BODY, "\"1\"").code());
        assertEquals(200, client.signed(editor, "DELETE", TOPICS + "/t1", Content.NO_BODY, "\"2\"").status());
        assertEquals(List.of(), TestServer.list(content.get(TOPICS), "topics"));
    }

    @Test
    void readersReadAndOnlyEditorsWrite() {
        content.create(COLUMNS, Content.column("news", null, "news"));
        ApiClient.Session reviewer = client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
        assertEquals(200, client.signed(reviewer, "GET", COLUMNS + "/news", Content.NO_BODY).status());
        assertEquals(200, client.signed(reviewer, "GET", TOPICS, Content.NO_BODY).status());
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "POST", TOPICS, TestServer.json(Content.topic("t1", "t1"))).code());
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "DELETE", COLUMNS + "/news", Content.NO_BODY, "\"1\"").code());
        assertEquals(200, content.get(COLUMNS + "/news").status(), "still there");
    }

    @Test
    void everyChangeIsLoggedWithItsOperator() throws Exception {
        content.create(COLUMNS, Content.column("news", null, "news"));
        content.put(COLUMNS + "/news", Content.column("news", null, "xinwen"), 1);
        content.create(TOPICS, Content.topic("t1", "t1"));
        client.signed(editor, "DELETE", COLUMNS + "/news", Content.NO_BODY, "\"2\"");
        List<String> changes = test.server.operationLog().read(0, 1000).stream()
                .filter(e -> e.action().startsWith("column.") || e.action().startsWith("topic."))
                .map(e -> e.operator() + " " + e.action() + " " + e.target()).toList();
        assertEquals(List.of("zhang.wei column.create news", "zhang.wei column.update news", "zhang.wei topic.create t1",
                "zhang.wei column.delete news"), changes);
    }
}
