package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** The change feed: every change with its data as GET answers it, paging by cursor, roles, and commit order under load. */
class ChangeFeedTest extends EditorTestBase {
    private static List<Long> seqs(List<Map<?, ?>> changes) {
        return changes.stream().map(change -> ((Number) change.get("seq")).longValue()).toList();
    }

    @Test
    void everyChangeIsInTheFeedWithTheDataGetAnswers() {
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        content.create("/api/v1/sites/s1/columns", Content.column("news", null, "news"));
        content.put("/api/v1/organisations/hz", Content.with(Content.organisation("hz"), "shortName", "杭州"), 1);
        client.signed(editor, "DELETE", "/api/v1/sites/s1/columns/news", Content.NO_BODY, "\"1\"");

        List<Map<?, ?>> feed = content.feed(1000);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seqs(feed));
        assertEquals(List.of("organisation hz 1 upsert", "site s1 1 upsert", "column news 1 upsert", "organisation hz 2 upsert",
                "column news 1 delete"), feed.stream().map(c -> c.get("entity") + " " + c.get("id") + " " + c.get("version")
                        + " " + c.get("op")).toList());
        assertEquals(TestServer.parse(content.get("/api/v1/sites/s1")), feed.get(1).get("data"));
        assertEquals(TestServer.parse(content.get("/api/v1/organisations/hz")), feed.get(3).get("data"));
        assertEquals(null, feed.get(4).get("data"));
        assertTrue(feed.get(4).containsKey("data"), "a delete says data null");
    }

    @Test
    void pagesFollowTheCursor() {
        for (int i = 0; i < 7; i++) {
            content.create("/api/v1/organisations", Content.organisation("o" + i));
        }
        Map<String, Object> first = TestServer.parse(content.get("/api/v1/changes?limit=3"));
        assertEquals(3, ((List<?>) first.get("changes")).size());
        assertEquals(3, first.get("cursor"));
        assertEquals(true, first.get("more"));
        Map<String, Object> last = TestServer.parse(content.get("/api/v1/changes?after=6&limit=3"));
        assertEquals(1, ((List<?>) last.get("changes")).size());
        assertEquals(7, last.get("cursor"));
        assertEquals(false, last.get("more"));
        Map<String, Object> none = TestServer.parse(content.get("/api/v1/changes?after=7"));
        assertEquals(List.of(), none.get("changes"));
        assertEquals(7, none.get("cursor"), "an empty page keeps the cursor");
        assertEquals(false, none.get("more"));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), seqs(content.feed(2)));
        for (String query : List.of("limit=0", "limit=1001", "after=-1", "after=x", "limit=")) {
            assertEquals("GS-REQ-INVALID-FIELD", content.get("/api/v1/changes?" + query).code(), query);
        }
    }

    @Test
    void editorsAndReviewersReadTheFeedOthersDoNot() {
        ApiClient.Session reviewer = client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
        assertEquals(200, client.signed(reviewer, "GET", "/api/v1/changes", Content.NO_BODY).status());
        ApiClient.Session auditor = client.login(test.addOperator("wang.fang", Role.AUDITOR));
        assertEquals("GS-AUTH-ROLE", client.signed(auditor, "GET", "/api/v1/changes", Content.NO_BODY).code());
        ApiClient.Session admin = client.login(test.admin);
        assertEquals("GS-AUTH-ROLE", client.signed(admin, "GET", "/api/v1/changes", Content.NO_BODY).code());
    }

    /**
     * Writers on several threads while a reader follows the feed by cursor: the reader never sees a gap or a repeat
     * (a seq committed later never appears behind the cursor), and in the end it has every change exactly once.
     */
    @Test
    void concurrentWritersNeverMakeAReaderSkipOrRepeatASeq() throws Exception {
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        int writers = 4;
        int perWriter = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<List<Long>> reader = pool.submit(() -> {
                List<Long> seen = new ArrayList<>();
                long cursor = 0;
                boolean caughtUp = false;
                while (writing.get() || !caughtUp) {
                    Map<String, Object> page = TestServer.parse(content.get("/api/v1/changes?after=" + cursor + "&limit=5"));
                    for (Object change : (List<?>) page.get("changes")) {
                        seen.add(((Number) ((Map<?, ?>) change).get("seq")).longValue());
                    }
                    cursor = ((Number) page.get("cursor")).longValue();
                    caughtUp = !(Boolean) page.get("more");
                }
                return seen;
            });
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        String id = "w" + writer + "-" + i;
                        ApiClient.Reply reply = i % 2 == 0
                                ? content.post("/api/v1/organisations", Content.organisation(id))
                                : content.post("/api/v1/sites/s1/columns", Content.column(id, null, id));
                        assertEquals(201, reply.status(), reply::text);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            writing.set(false);
            List<Long> seen = reader.get();
            long total = 2 + writers * perWriter;
            List<Long> expected = new ArrayList<>();
            for (long seq = 1; seq <= total; seq++) {
                expected.add(seq);
            }
            assertEquals(expected, seen, "every seq once, in order");
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        List<Map<?, ?>> feed = content.feed(1000);
        assertEquals(2 + writers * perWriter, feed.size());
        assertFalse(feed.stream().anyMatch(change -> change.get("data") == null), "all upserts");
        assertTrue(test.server.operationLog().verify().intact());
    }
}
