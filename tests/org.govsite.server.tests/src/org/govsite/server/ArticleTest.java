package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsite.crypto.Sm3;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Articles of the resource library: CRUD with ETags, paging by column, validation, roles, log and change feed. */
class ArticleTest extends EditorTestBase {
    private Library library;

    @BeforeEach
    void startLibrary() {
        library = new Library(test, editor, content);
        library.provinceAndCity();
    }

    @Test
    void createReadUpdateDeleteWithETagsAcrossSites() {
        byte[] image = "PNG image bytes".getBytes(StandardCharsets.UTF_8);
        Library.expect(201, library.putAttachment(library.editor, null, image, "image/png"));
        String digest = Sm3.digestHex(image);
        Map<String, Object> body = Library.article("a1", "省政府常务会议召开", List.of("zj-news", "hz-news"),
                Map.of("image", digest, "attachments", List.of(digest), "subtitle", "研究部署近期工作", "kind", "INTERPRETATION_MATERIAL"));
        ApiClient.Reply created = Library.expect(201, library.post("/api/v1/articles", body));
        assertEquals("\"1\"", created.header("ETag"));

        ApiClient.Reply read = Library.expect(200, library.get(library.reviewer, "/api/v1/articles/a1"));
        assertEquals("\"1\"", read.header("ETag"));
        Map<String, Object> expected = new HashMap<>(body);
        expected.put("version", 1);
        assertEquals(expected, TestServer.parse(read));

        Map<String, Object> changed = Library.article("a1", "省政府常务会议召开（更新）", List.of("hz-news"), Map.of());
        ApiClient.Reply updated = Library.expect(200, library.client.signed(library.editor, "PUT", "/api/v1/articles/a1",
                TestServer.json(changed), "\"1\""));
        assertEquals("\"2\"", updated.header("ETag"));
        Map<String, Object> now = TestServer.parse(library.get(library.editor, "/api/v1/articles/a1"));
        assertEquals(List.of("hz-news"), now.get("columns"));
        assertEquals(List.of(), now.get("attachments"));
        assertFalse(now.containsKey("image"));
        assertFalse(now.containsKey("kind"), "an ordinary article again");

        Library.expect(200, library.client.signed(library.editor, "DELETE", "/api/v1/articles/a1", new byte[0], "\"2\""));
        ApiClient.Reply gone = library.get(library.editor, "/api/v1/articles/a1");
        assertEquals(404, gone.status());
        assertEquals("GS-REQ-NOT-FOUND", gone.code());

        List<String> actions = library.log().stream()
                .filter(e -> e.target().equals("a1")).map(e -> e.operator() + " " + e.action()).toList();
        assertEquals(List.of("zhang.wei article.create", "zhang.wei article.update", "zhang.wei article.delete"), actions);
        List<Map<?, ?>> changes = library.articleChanges();
        assertEquals(List.of("upsert 1", "upsert 2", "delete 2"),
                changes.stream().map(c -> c.get("op") + " " + c.get("version")).toList());
        assertEquals("省政府常务会议召开", ((Map<?, ?>) changes.get(0).get("data")).get("title"));
        assertEquals(null, changes.get(2).get("data"));
    }

    @Test
    void listsByColumnInPagesOfIds() {
        for (int i = 1; i <= 5; i++) {
            List<String> columns = i % 2 == 0 ? List.of("zj-policy") : List.of("zj-news", "hz-news");
            Library.expect(201, library.post("/api/v1/articles", Library.article("n" + i, "第" + i + "条", columns, Map.of())));
        }
        assertEquals(List.of("n1", "n3"), ids("/api/v1/articles?column=hz-news&limit=2"));
        assertEquals(Boolean.TRUE, TestServer.parse(library.get(library.reviewer, "/api/v1/articles?column=hz-news&limit=2")).get("more"));
        assertEquals(List.of("n5"), ids("/api/v1/articles?column=hz-news&after=n3&limit=2"));
        assertEquals(Boolean.FALSE, TestServer.parse(library.get(library.reviewer, "/api/v1/articles?column=hz-news&after=n3")).get("more"));
        assertEquals(List.of("n2", "n4"), ids("/api/v1/articles?column=zj-policy"));
        assertEquals(List.of("n1", "n2", "n3", "n4", "n5"), ids("/api/v1/articles"));
        assertEquals(List.of(), ids("/api/v1/articles?column=no-such-column"));
        assertEquals("GS-REQ-INVALID-FIELD", library.get(library.editor, "/api/v1/articles?limit=0").code());
        assertEquals("GS-REQ-INVALID-FIELD", library.get(library.editor, "/api/v1/articles?limit=1001").code());
        assertEquals("GS-REQ-INVALID-FIELD", library.get(library.editor, "/api/v1/articles?after=%2E%2E").code());
    }

    @Test
    void aChangeNeedsTheCurrentETag() {
        Library.expect(201, library.post("/api/v1/articles", Library.article("a1", "标题", List.of("zj-news"), Map.of())));
        byte[] body = TestServer.json(Library.article("a1", "新标题", List.of("zj-news"), Map.of()));
        ApiClient.Reply missing = library.client.signed(library.editor, "PUT", "/api/v1/articles/a1", body);
        assertEquals(428, missing.status());
        assertEquals("GS-REQ-PRECONDITION-REQUIRED", missing.code());
        Library.expect(200, library.client.signed(library.editor, "PUT", "/api/v1/articles/a1", body, "\"1\""));
        ApiClient.Reply stale = library.client.signed(library.editor, "PUT", "/api/v1/articles/a1", body, "\"1\"");
        assertEquals(412, stale.status());
        assertEquals("GS-CONFLICT-ETAG", stale.code());
        assertEquals("GS-CONFLICT-ETAG", library.client.signed(library.editor, "DELETE", "/api/v1/articles/a1", new byte[0], "\"1\"").code());
        assertEquals("GS-REQ-PRECONDITION-REQUIRED", library.client.signed(library.editor, "DELETE", "/api/v1/articles/a1", new byte[0]).code());
        byte[] other = TestServer.json(Library.article("none", "不存在", List.of("zj-news"), Map.of()));
        assertEquals("GS-REQ-NOT-FOUND", library.client.signed(library.editor, "PUT", "/api/v1/articles/none", other, "\"1\"").code());
        assertEquals(2, library.articleChanges().size(), "refused changes leave no change-feed entry");
    }

    @Test
    void invalidArticlesAreRefusedAndNothingIsWritten() {
        Library.expect(201, library.post("/api/v1/articles", Library.article("a1", "标题", List.of("zj-news"), Map.of())));
        List<Map<String, Object>> invalid = new ArrayList<>();
        invalid.add(Library.article("a1", "重复的 id", List.of("zj-news"), Map.of()));
        invalid.add(Library.article("-a", "id 以 - 开头", List.of("zj-news"), Map.of()));
        invalid.add(Library.article("a2", " ", List.of("zj-news"), Map.of()));
        invalid.add(Library.article("a2", "x".repeat(501), List.of("zj-news"), Map.of()));
        invalid.add(Library.article("a2", "无栏目", List.of(), Map.of()));
        invalid.add(Library.article("a2", "未知栏目", List.of("zj-news", "no-such-column"), Map.of()));
        invalid.add(Library.article("a2", "重复栏目", List.of("zj-news", "zj-news"), Map.of()));
        invalid.add(Library.article("a2", "日期", List.of("zj-news"), Map.of("publishedAt", "2026-05-18")));
        invalid.add(Library.article("a2", "日期", List.of("zj-news"), Map.of("publishedAt", "2026-02-30 10:00")));
        invalid.add(Library.article("a2", "日期", List.of("zj-news"), Map.of("publishedAt", "2026-05-18T10:19")));
        invalid.add(Library.article("a2", "来源", List.of("zj-news"), Map.of("source", "")));
        invalid.add(Library.article("a2", "种类", List.of("zj-news"), Map.of("kind", "GOSSIP")));
        invalid.add(Library.article("a2", "图片", List.of("zj-news"), Map.of("image", "ABC")));
        invalid.add(Library.article("a2", "图片", List.of("zj-news"), Map.of("image", "0".repeat(64))));
        invalid.add(Library.article("a2", "附件", List.of("zj-news"), Map.of("attachments", List.of("1".repeat(64)))));
        invalid.add(Library.article("a2", "正文", List.of("zj-news"), Map.of("body", "x".repeat(1_000_001))));
        for (Map<String, Object> article : invalid) {
            ApiClient.Reply reply = library.post("/api/v1/articles", article);
            assertEquals("GS-REQ-INVALID-FIELD", reply.code(), () -> article.get("title") + ": " + reply.text());
        }
        Map<String, Object> noBody = Library.article("a2", "正文", List.of("zj-news"), Map.of());
        noBody.remove("body");
        assertEquals("GS-REQ-INVALID-FIELD", library.post("/api/v1/articles", noBody).code());
        assertEquals("GS-REQ-MALFORMED-JSON", library.post("/api/v1/articles", Library.article("a2", "未知字段", List.of("zj-news"),
                Map.of("colour", "red"))).code());
        assertEquals("GS-REQ-MALFORMED-JSON", library.client.signed(library.editor, "POST", "/api/v1/articles",
                "{\"title\":".getBytes(StandardCharsets.UTF_8)).code());
        byte[] otherId = TestServer.json(Library.article("b1", "标题", List.of("zj-news"), Map.of()));
        assertEquals("GS-REQ-INVALID-FIELD", library.client.signed(library.editor, "PUT", "/api/v1/articles/a1", otherId, "\"1\"").code());

        assertEquals(List.of("a1"), ids("/api/v1/articles"));
        assertEquals(1, library.articleChanges().size());
        assertEquals(1, library.log().stream().filter(e -> e.action().startsWith("article.")).count());
    }

    @Test
    void rolesAreEnforced() {
        Map<String, Object> article = Library.article("a1", "标题", List.of("zj-news"), Map.of());
        ApiClient.Reply byReviewer = library.client.signed(library.reviewer, "POST", "/api/v1/articles", TestServer.json(article));
        assertEquals(403, byReviewer.status());
        assertEquals("GS-AUTH-ROLE", byReviewer.code());
        Library.expect(201, library.post("/api/v1/articles", article));
        assertEquals("GS-AUTH-ROLE", library.client.signed(library.reviewer, "DELETE", "/api/v1/articles/a1", new byte[0], "\"1\"").code());
        ApiClient.Session auditor = library.client.login(library.test.addOperator("zhao.lei", Role.AUDITOR));
        assertEquals("GS-AUTH-ROLE", library.get(auditor, "/api/v1/articles/a1").code());
        assertEquals("GS-AUTH-ROLE", library.get(auditor, "/api/v1/articles").code());
        ApiClient.Session admin = library.client.login(library.test.admin);
        assertEquals("GS-AUTH-ROLE", library.get(admin, "/api/v1/articles").code());
        List<String> refusals = library.log().stream().filter(e -> e.action().equals("request.refused"))
                .map(e -> e.operator() + " " + e.target() + " " + e.detail()).toList();
        assertEquals(List.of("li.na POST /api/v1/articles GS-AUTH-ROLE", "li.na DELETE /api/v1/articles/a1 GS-AUTH-ROLE",
                "zhao.lei GET /api/v1/articles/a1 GS-AUTH-ROLE", "zhao.lei GET /api/v1/articles GS-AUTH-ROLE",
                "root GET /api/v1/articles GS-AUTH-ROLE"), refusals);
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheFirstResultOnce() {
        Map<String, Object> article = Library.article("a1", "标题", List.of("zj-news"), Map.of());
        ApiClient.Reply first = Library.expect(201, library.idempotent("POST", "/api/v1/articles", article, null, "push-1"));
        ApiClient.Reply again = Library.expect(201, library.idempotent("POST", "/api/v1/articles", article, null, "push-1"));
        assertEquals(first.text(), again.text());
        assertEquals("\"1\"", again.header("ETag"));
        Map<String, Object> changed = Library.article("a1", "新标题", List.of("zj-news"), Map.of());
        Library.expect(200, library.idempotent("PUT", "/api/v1/articles/a1", changed, "\"1\"", "push-2"));
        Library.expect(200, library.idempotent("PUT", "/api/v1/articles/a1", changed, "\"1\"", "push-2"));
        assertEquals("GS-REQ-IDEMPOTENCY-KEY-REUSED",
                library.idempotent("PUT", "/api/v1/articles/a1", article, "\"2\"", "push-2").code());
        assertEquals(List.of("upsert 1", "upsert 2"), library.articleChanges().stream().map(c -> c.get("op") + " " + c.get("version")).toList());
        assertEquals("\"2\"", library.get(library.editor, "/api/v1/articles/a1").header("ETag"));
    }

    private List<String> ids(String target) {
        ApiClient.Reply reply = Library.expect(200, library.get(library.reviewer, target));
        return TestServer.list(reply, "articles").stream().map(a -> (String) ((Map<?, ?>) a).get("id")).toList();
    }
}
