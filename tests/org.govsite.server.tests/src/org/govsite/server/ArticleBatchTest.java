package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.protocol.ProtocolHeaders;
import org.govsite.server.internal.Idempotency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/articles/batch}: many articles in one request and transaction, each with the outcome, effects
 * and idempotency of its own {@code POST /api/v1/articles}.
 */
class ArticleBatchTest extends EditorTestBase {
    private static final String BATCH = "/api/v1/articles/batch";
    private Library library;

    @BeforeEach
    void startLibrary() {
        library = new Library(test, editor, content);
        library.provinceAndCity();
    }

    @Test
    void aBatchLeavesTheStateSingleCreatesLeave() throws SQLException {
        Map<String, Long> before = counts();
        for (int i = 1; i <= 4; i++) {
            Library.expect(201, library.idempotent("POST", "/api/v1/articles", article("s", i), null, "single-" + i));
        }
        Map<String, Long> afterSingles = counts();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            items.add(item("batch-" + i, article("b", i)));
        }
        List<Map<?, ?>> results = results(Library.expect(200, batch(items)));
        Map<String, Long> afterBatch = counts();

        assertEquals(4, results.size());
        for (int i = 1; i <= 4; i++) {
            Map<?, ?> result = results.get(i - 1);
            assertEquals(201, result.get("status"));
            assertEquals("\"1\"", result.get("etag"));
            assertEquals(Boolean.FALSE, result.get("replayed"));
            Map<String, Object> single = TestServer.parse(library.get(library.editor, "/api/v1/articles/s" + i));
            Map<String, Object> batched = TestServer.parse(library.get(library.editor, "/api/v1/articles/b" + i));
            assertEquals(batched, result.get("body"), "the result is what GET answers");
            batched.put("id", "s" + i);
            assertEquals(single, batched);
        }
        Map<String, Long> singleDelta = delta(before, afterSingles);
        assertFalse(singleDelta.isEmpty());
        assertEquals(singleDelta, delta(afterSingles, afterBatch), "the statistics' counts grow alike");

        List<String> actions = library.log().stream().filter(e -> e.action().startsWith("article."))
                .map(e -> e.operator() + " " + e.action() + " " + e.target()).toList();
        assertEquals(List.of("zhang.wei article.create s1", "zhang.wei article.create s2", "zhang.wei article.create s3",
                "zhang.wei article.create s4", "zhang.wei article.create b1", "zhang.wei article.create b2",
                "zhang.wei article.create b3", "zhang.wei article.create b4"), actions);
        assertTrue(test.server.operationLog().verify().intact(), "the hash chain verifies");
        List<Map<?, ?>> changes = library.articleChanges();
        assertEquals(8, changes.size());
        for (int i = 0; i < 4; i++) {
            Map<?, ?> single = changes.get(i);
            Map<?, ?> batched = changes.get(i + 4);
            assertEquals("b" + (i + 1), batched.get("id"));
            assertEquals(List.of(single.get("op"), single.get("version")), List.of(batched.get("op"), batched.get("version")));
            Map<Object, Object> data = new HashMap<>((Map<?, ?>) batched.get("data"));
            data.put("id", single.get("id"));
            assertEquals(single.get("data"), data);
        }
    }

    @Test
    void aBatchSentAgainAfterALostAnswerAppliesNothingTwice() throws SQLException {
        Library.expect(201, library.idempotent("POST", "/api/v1/articles", article("a", 1), null, "key-1"));
        List<Map<String, Object>> items = List.of(item("key-1", article("a", 1)), item("key-2", article("a", 2)),
                item("key-3", article("a", 3)));
        List<Map<?, ?>> first = results(Library.expect(200, batch(items)));
        assertEquals(List.of(201, 201, 201), first.stream().map(r -> r.get("status")).toList());
        assertEquals(List.of(true, false, false), first.stream().map(r -> r.get("replayed")).toList(),
                "the key a single create used answers that create's answer");
        Map<String, Long> counts = counts();
        List<Map<?, ?>> again = results(Library.expect(200, batch(items)));
        assertEquals(List.of(true, true, true), again.stream().map(r -> r.get("replayed")).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals(first.get(i).get("body"), again.get(i).get("body"));
            assertEquals(first.get(i).get("etag"), again.get(i).get("etag"));
        }
        assertEquals(3, library.articleChanges().size(), "one feed entry per article");
        assertEquals(3, library.log().stream().filter(e -> e.action().equals("article.create")).count());
        assertEquals(counts, counts());
        ApiClient.Reply single = Library.expect(201, library.idempotent("POST", "/api/v1/articles", article("a", 3), null, "key-3"));
        assertEquals("true", single.header(Idempotency.REPLAYED), "a single create with a batch's key answers its answer");
        assertEquals(again.get(2).get("body"), TestServer.parse(single));
        List<Map<?, ?>> reused = results(Library.expect(200, batch(List.of(item("key-2", article("a", 9))))));
        assertEquals("GS-REQ-IDEMPOTENCY-KEY-REUSED", ((Map<?, ?>) reused.get(0).get("body")).get("code"));
        assertEquals(422, reused.get(0).get("status"));
    }

    @Test
    void invalidArticlesAreRefusedOneByOneAndTheOthersWritten() throws SQLException {
        Library.expect(201, library.post("/api/v1/articles", article("x", 1)));
        Map<String, Object> unknownColumn = article("m", 2);
        unknownColumn.put("columns", List.of("no-such-column"));
        Map<String, Object> unknownField = article("m", 4);
        unknownField.put("colour", "red");
        List<Map<String, Object>> items = List.of(item("k-1", article("m", 1)), item("k-2", unknownColumn),
                item("k-3", article("x", 1)), item("k-4", unknownField), item("bad key!", article("m", 5)),
                item(null, article("m", 6)));
        List<Map<?, ?>> results = results(Library.expect(200, batch(items)));
        assertEquals(List.of(201, 400, 400, 400, 400, 201), results.stream().map(r -> r.get("status")).toList());
        List<Object> codes = results.stream().<Object>map(r -> ((Map<?, ?>) r.get("body")).get("code")).toList();
        assertEquals(List.of("GS-REQ-INVALID-FIELD", "GS-REQ-INVALID-FIELD", "GS-REQ-MALFORMED-JSON", "GS-REQ-INVALID-FIELD"),
                codes.subList(1, 5));
        for (int i : new int[] { 1, 2, 3 }) {
            ApiClient.Reply single = library.idempotent("POST", "/api/v1/articles", items.get(i).get("article"), null, "single-" + i);
            assertEquals(single.status(), results.get(i).get("status"));
            assertEquals(TestServer.parse(single), results.get(i).get("body"), "the single create's refusal");
        }
        assertEquals(List.of("x1", "m1", "m6"), library.articleChanges().stream().map(c -> c.get("id")).toList());
        assertTrue(test.server.operationLog().verify().intact());
        List<Map<?, ?>> retried = results(Library.expect(200, batch(List.of(item("k-2", article("m", 2))))));
        assertEquals(201, retried.get(0).get("status"), "a refused article did not use up its key");
    }

    @Test
    void oversizedMalformedAndForeignBatchesAreRefusedWhole() {
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 1; i <= 501; i++) {
            tooMany.add(item("k-" + i, article("t", i)));
        }
        ApiClient.Reply many = batch(tooMany);
        assertEquals(400, many.status());
        assertEquals("GS-REQ-INVALID-FIELD", many.code());
        assertEquals("GS-REQ-INVALID-FIELD", batch(List.of()).code());
        Map<String, Object> big = article("big", 1);
        big.put("body", "<p>" + "政".repeat(900_000) + "</p>");
        List<Map<String, Object>> heavy = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            Map<String, Object> copy = new LinkedHashMap<>(big);
            copy.put("id", "big" + i);
            heavy.add(item("h-" + i, copy));
        }
        ApiClient.Reply tooLarge = batch(heavy);
        assertEquals(413, tooLarge.status());
        assertEquals("GS-REQ-TOO-LARGE", tooLarge.code());
        assertEquals("GS-REQ-MALFORMED-JSON", library.post(BATCH, Map.of("articles", List.of(item("k", article("k", 1))), "more", 1)).code());
        assertEquals("GS-REQ-INVALID-FIELD", library.post(BATCH, Map.of("articles", List.of(Map.of("key", "k")))).code());
        ApiClient.Reply withKey = library.idempotent("POST", BATCH, Map.of("articles", List.of(item("k", article("k", 1)))), null, "whole");
        assertEquals("GS-REQ-INVALID-FIELD", withKey.code());
        assertTrue(withKey.text().contains(ProtocolHeaders.IDEMPOTENCY_KEY));

        ApiClient.Reply byReviewer = library.client.signed(library.reviewer, "POST", BATCH,
                TestServer.json(Map.of("articles", List.of(item("r", article("r", 1))))));
        assertEquals(403, byReviewer.status());
        assertEquals("GS-AUTH-ROLE", byReviewer.code());
        assertEquals(List.of("li.na POST /api/v1/articles/batch GS-AUTH-ROLE"), library.log().stream()
                .filter(e -> e.action().equals("request.refused")).map(e -> e.operator() + " " + e.target() + " " + e.detail()).toList());
        assertEquals(List.of(), library.articleChanges(), "nothing of a refused batch is written");
    }

    @Test
    void fiveHundredArticlesInOneRequest() throws SQLException {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            items.add(item("bulk-" + i, article("n", i)));
        }
        List<Map<?, ?>> results = results(Library.expect(200, batch(items)));
        assertTrue(results.stream().allMatch(r -> r.get("status").equals(201)));
        assertEquals(500, library.articleChanges().size());
        assertTrue(test.server.operationLog().verify().intact());
    }

    @Test
    void twoBatchesTakingTheSameColumnsInCrossedOrderBothComplete() throws Exception {
        assertCrossedBatchesComplete(List.of("zj-news", "zj-policy"), List.of("zj-policy", "zj-news"));
    }

    @Test
    void twoBatchesTakingOtherColumnsOfOneSiteInCrossedCategoriesBothComplete() throws Exception {
        library.column("zjportal", "zj-news2", null, "图片新闻", "tpxw", "NEWS", 2);
        library.column("zjportal", "zj-policy2", null, "政策解读", "zcjd", "POLICY", 3);
        assertCrossedBatchesComplete(List.of("zj-news", "zj-policy"), List.of("zj-policy2", "zj-news2"));
    }

    /** Two batches of two articles, in these columns, sent at the same moment (4 rounds): both written whole. */
    private void assertCrossedBatchesComplete(List<String> firstColumns, List<String> secondColumns) throws Exception {
        for (int round = 0; round < 4; round++) {
            List<Map<String, Object>> first = new ArrayList<>();
            List<Map<String, Object>> second = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                first.add(item(null, Library.article("x" + round + i, "甲" + i, List.of(firstColumns.get(i)), Map.of())));
                second.add(item(null, Library.article("y" + round + i, "乙" + i, List.of(secondColumns.get(i)), Map.of())));
            }
            List<ApiClient.Reply> replies = Together.run(List.of(() -> batch(first), () -> batch(second)));
            for (ApiClient.Reply reply : replies) {
                assertEquals(List.of(201, 201), results(Library.expect(200, reply)).stream().map(r -> r.get("status")).toList());
            }
        }
        assertTrue(test.server.operationLog().verify().intact());
    }

    private static Map<String, Object> article(String prefix, int i) {
        return Library.article(prefix + i, "第" + i + "条通知", i % 2 == 0 ? List.of("zj-policy") : List.of("zj-news", "hz-news"),
                Map.of("publishedAt", "202" + (i % 3) + "-05-18 10:19"));
    }

    private static Map<String, Object> item(String key, Map<String, Object> article) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("key", key);
        item.put("article", article);
        return item;
    }

    private ApiClient.Reply batch(List<Map<String, Object>> items) {
        return library.post(BATCH, Map.of("articles", items));
    }

    private static List<Map<?, ?>> results(ApiClient.Reply reply) {
        return TestServer.list(reply, "results").stream().<Map<?, ?>>map(r -> (Map<?, ?>) r).toList();
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = database(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT site_id, stat_year, measure, n FROM statistic_count")) {
            while (rows.next()) {
                counts.put(rows.getString(1) + ' ' + rows.getInt(2) + ' ' + rows.getString(3), rows.getLong(4));
            }
        }
        return counts;
    }

    private static Map<String, Long> delta(Map<String, Long> from, Map<String, Long> to) {
        Map<String, Long> delta = new HashMap<>();
        to.forEach((key, n) -> {
            long grown = n - from.getOrDefault(key, 0L);
            if (grown != 0) {
                delta.put(key, grown);
            }
        });
        return delta;
    }
}
