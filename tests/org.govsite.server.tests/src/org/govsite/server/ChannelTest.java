package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Channels (频道) of a site: CRUD with ETags, their columns in order and of the same site, unique path segments,
 * invalid fields, roles, and what a column's and a site's deletion do to them, every change logged and in the feed.
 */
class ChannelTest extends EditorTestBase {
    private static final String CHANNELS = "/api/v1/sites/s1/channels";
    private static final String COLUMNS = "/api/v1/sites/s1/columns";

    @BeforeEach
    void start() {
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        content.siteWithHost("s2", "hz", "www.xihu.gov.cn");
        content.create(COLUMNS, Content.column("news", null, "news"));
        content.create(COLUMNS, Content.column("policy", null, "policy"));
        content.create(COLUMNS, Content.column("local", "news", "local"));
        content.create("/api/v1/sites/s2/columns", Content.column("other", null, "other"));
    }

    static Map<String, Object> channel(String id, String pathSegment, List<String> columns) {
        Map<String, Object> channel = new HashMap<>(Map.of("id", id, "name", "频道 " + id, "pathSegment", pathSegment));
        channel.put("columns", columns);
        return channel;
    }

    private static List<?> ids(ApiClient.Reply list) {
        return TestServer.list(list, "channels").stream().map(channel -> ((Map<?, ?>) channel).get("id")).toList();
    }

    @Test
    void channelsWithETagsTheirColumnsInOrderAndListedByPosition() {
        Map<String, Object> created = content.create(CHANNELS, channel("zw", "zwgk", List.of("policy", "local", "news")));
        assertEquals(Map.of("id", "zw", "site", "s1", "name", "频道 zw", "pathSegment", "zwgk",
                "columns", List.of("policy", "local", "news"), "position", 0, "version", 1), created);
        ApiClient.Reply read = content.get(CHANNELS + "/zw");
        assertEquals("\"1\"", read.header("ETag"));
        assertEquals(created, TestServer.parse(read));

        Map<String, Object> minimal = content.create(CHANNELS, Map.of("name", "互动交流", "pathSegment", "hdjl", "position", 2));
        String uuid = (String) minimal.get("id");
        assertEquals(36, uuid.length(), "the server chose a UUID");
        assertEquals(List.of(), minimal.get("columns"), "columns omitted are none");
        content.create(CHANNELS, Content.with(channel("a-first", "fw", List.of()), "position", 1));
        content.create("/api/v1/sites/s2/channels", channel("elsewhere", "zwgk", List.of("other")));
        assertEquals(List.of("zw", "a-first", uuid), ids(content.get(CHANNELS)), "by position, only those of s1");
        content.create(CHANNELS, Content.with(channel("a-zero", "ling", List.of()), "position", 0));
        assertEquals(List.of("a-zero", "zw", "a-first", uuid), ids(content.get(CHANNELS)), "then by id");

        Map<String, Object> changed = Content.with(Content.with(channel("zw", "zwgk", List.of("news", "policy")), "name", "政务公开"),
                "position", 5);
        assertEquals("GS-REQ-PRECONDITION-REQUIRED", client.signed(editor, "PUT", CHANNELS + "/zw", TestServer.json(changed)).code());
        ApiClient.Reply updated = content.put(CHANNELS + "/zw", changed, 1);
        assertEquals(200, updated.status(), updated::text);
        assertEquals("\"2\"", updated.header("ETag"));
        Map<String, Object> after = TestServer.parse(content.get(CHANNELS + "/zw"));
        assertEquals(List.of("news", "policy"), after.get("columns"));
        assertEquals("政务公开", after.get("name"));
        assertEquals(5, after.get("position"));
        assertEquals(2, after.get("version"));
        assertEquals("GS-CONFLICT-ETAG", content.put(CHANNELS + "/zw", changed, 1).code());
        assertEquals("GS-REQ-INVALID-FIELD", content.put(CHANNELS + "/zw", Content.with(changed, "id", "other"), 2).code());
        assertEquals("GS-REQ-NOT-FOUND", content.get("/api/v1/sites/s2/channels/zw").code(), "zw is a channel of s1");
        assertEquals("GS-REQ-NOT-FOUND", content.get("/api/v1/sites/nope/channels").code());
        assertEquals("GS-REQ-NOT-FOUND", content.post("/api/v1/sites/nope/channels", channel("c9", "c9", List.of())).code());

        assertEquals("GS-REQ-PRECONDITION-REQUIRED", client.signed(editor, "DELETE", CHANNELS + "/zw", Content.NO_BODY).code());
        assertEquals("GS-CONFLICT-ETAG", content.delete(CHANNELS + "/zw", 1).code());
        assertEquals(200, content.delete(CHANNELS + "/zw", 2).status());
        assertEquals("GS-REQ-NOT-FOUND", content.get(CHANNELS + "/zw").code());
        assertEquals(200, content.get(COLUMNS + "/news").status(), "its columns stay");
    }

    @Test
    void pathSegmentsAreUniqueInTheSiteAndFreeInAnother() {
        content.create(CHANNELS, channel("c1", "zwgk", List.of()));
        assertEquals("GS-REQ-INVALID-FIELD", content.post(CHANNELS, channel("c2", "zwgk", List.of())).code(), "taken in s1");
        assertEquals(201, content.post("/api/v1/sites/s2/channels", channel("c2", "zwgk", List.of())).status(), "free in s2");
        content.create(CHANNELS, channel("c3", "hdjl", List.of()));
        assertEquals("GS-REQ-INVALID-FIELD", content.put(CHANNELS + "/c3", channel("c3", "zwgk", List.of()), 1).code());
        assertEquals(200, content.put(CHANNELS + "/c1", channel("c1", "zwgk", List.of("news")), 1).status(), "its own segment");
        assertEquals("GS-REQ-INVALID-FIELD", content.post(CHANNELS, channel("c1", "c1", List.of())).code(), "the id exists");
        assertEquals("GS-REQ-INVALID-FIELD", content.post(CHANNELS, channel("c2", "other", List.of())).code(),
                "the id exists in another site");
        assertEquals("GS-REQ-INVALID-FIELD", content.post(CHANNELS, Content.with(channel("c4", "c4", List.of()), "site", "s2")).code(),
                "the body names another site");
    }

    @Test
    void invalidChannelFieldsAreRefusedWithNothingStored() {
        Map<String, Object> good = channel("c1", "zwgk", List.of("news"));
        List<String> fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> "col" + i).toList();
        List<String> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add("news");
        for (Map<String, Object> body : List.of(Content.with(good, "name", ""), Content.with(good, "name", " "),
                Content.with(good, "name", null), Content.with(good, "name", "名".repeat(201)),
                Content.with(good, "pathSegment", "Has Space"), Content.with(good, "pathSegment", "频道"),
                Content.with(good, "pathSegment", null), Content.with(good, "pathSegment", "x".repeat(65)),
                Content.with(good, "columns", fiftyOne), Content.with(good, "columns", List.of("news", "policy", "news")),
                Content.with(good, "columns", List.of("news", "nope")), Content.with(good, "columns", List.of("other")),
                Content.with(good, "columns", List.of("a/b")), Content.with(good, "position", -1),
                Content.with(good, "id", "a/b"), Content.with(good, "site", "bad site"))) {
            ApiClient.Reply reply = content.post(CHANNELS, body);
            assertEquals("GS-REQ-INVALID-FIELD", reply.code(), body::toString);
        }
        ApiClient.Reply unknown = content.post(CHANNELS, Content.with(good, "columns", List.of("news", "nope")));
        assertTrue(unknown.text().contains("nope"), unknown::text);
        ApiClient.Reply foreign = content.post(CHANNELS, Content.with(good, "columns", List.of("other")));
        assertTrue(foreign.text().contains("other"), foreign::text);
        assertEquals("GS-REQ-MALFORMED-JSON", content.post(CHANNELS, Content.with(good, "position", "first")).code());
        assertEquals("GS-REQ-MALFORMED-JSON", content.post(CHANNELS, Content.with(good, "children", List.of())).code());
        assertEquals(List.of(), TestServer.list(content.get(CHANNELS), "channels"));

        content.create(CHANNELS, good);
        assertEquals("GS-REQ-INVALID-FIELD", content.put(CHANNELS + "/c1", Content.with(good, "columns", List.of("other")), 1).code());
        assertEquals("GS-REQ-INVALID-FIELD", content.put(CHANNELS + "/c1", Content.with(good, "position", -3), 1).code());
        assertEquals(List.of("news"), TestServer.parse(content.get(CHANNELS + "/c1")).get("columns"), "unchanged");
        assertEquals(1, TestServer.parse(content.get(CHANNELS + "/c1")).get("version"));
        for (int i = 1; i <= 50; i++) {
            content.create(COLUMNS, Content.column("col" + i, null, "col" + i));
        }
        assertEquals(200, content.put(CHANNELS + "/c1", Content.with(good, "columns", fifty), 1).status(), "50 columns are allowed");
        assertEquals(fifty, TestServer.parse(content.get(CHANNELS + "/c1")).get("columns"));
    }

    @Test
    void reviewersReadAndOnlyEditorsWrite() {
        content.create(CHANNELS, channel("c1", "zwgk", List.of("news")));
        ApiClient.Session reviewer = client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
        assertEquals(200, client.signed(reviewer, "GET", CHANNELS, Content.NO_BODY).status());
        assertEquals(200, client.signed(reviewer, "GET", CHANNELS + "/c1", Content.NO_BODY).status());
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "POST", CHANNELS,
                TestServer.json(channel("c2", "c2", List.of()))).code());
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "PUT", CHANNELS + "/c1",
                TestServer.json(channel("c1", "c1", List.of())), "\"1\"").code());
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "DELETE", CHANNELS + "/c1", Content.NO_BODY, "\"1\"").code());
        ApiClient.Session auditor = client.login(test.addOperator("wang.fang", Role.AUDITOR));
        assertEquals("GS-AUTH-ROLE", client.signed(auditor, "GET", CHANNELS, Content.NO_BODY).code());
        ApiClient.Session admin = client.login(test.admin);
        assertEquals("GS-AUTH-ROLE", client.signed(admin, "GET", CHANNELS + "/c1", Content.NO_BODY).code());
        assertEquals("GS-AUTH-ROLE", client.signed(admin, "DELETE", CHANNELS + "/c1", Content.NO_BODY, "\"1\"").code());
        assertEquals(1, TestServer.parse(content.get(CHANNELS + "/c1")).get("version"), "unchanged");
    }

    @Test
    void aDeletedColumnLeavesTheChannelsListingItWithTheirVersionOneOn() throws Exception {
        content.create(CHANNELS, channel("c1", "zwgk", List.of("policy", "local", "news")));
        content.create(CHANNELS, channel("c2", "xw", List.of("local")));
        content.create(CHANNELS, channel("c3", "zc", List.of("policy")));
        int feedBefore = content.feed(100).size();

        assertEquals(200, content.delete(COLUMNS + "/local", 1).status());
        Map<String, Object> c1 = TestServer.parse(content.get(CHANNELS + "/c1"));
        assertEquals(List.of("policy", "news"), c1.get("columns"), "the others keep their order");
        assertEquals(2, c1.get("version"));
        Map<String, Object> c2 = TestServer.parse(content.get(CHANNELS + "/c2"));
        assertEquals(List.of(), c2.get("columns"));
        assertEquals(2, c2.get("version"));
        assertEquals(1, TestServer.parse(content.get(CHANNELS + "/c3")).get("version"), "c3 did not list it");

        List<Map<?, ?>> changes = content.feed(100).subList(feedBefore, content.feed(100).size());
        assertEquals(List.of("channel c1 2 upsert", "channel c2 2 upsert", "column local 1 delete"), changes.stream()
                .map(c -> c.get("entity") + " " + c.get("id") + " " + c.get("version") + " " + c.get("op")).toList());
        assertEquals(c1, changes.get(0).get("data"), "as GET answers it");
        assertEquals(c2, changes.get(1).get("data"));
        List<String> logged = test.server.operationLog().read(0, 1000).stream()
                .filter(e -> e.action().endsWith(".update") || e.action().endsWith(".delete"))
                .map(e -> e.operator() + " " + e.action() + " " + e.target() + " " + e.detail()).toList();
        assertEquals(List.of("zhang.wei channel.update c1 version 2", "zhang.wei channel.update c2 version 2",
                "zhang.wei column.delete local 栏目 local"), logged);

        assertEquals(200, content.put(CHANNELS + "/c1", channel("c1", "zwgk", List.of("news")), 2).status(),
                "written at its new version");
    }

    @Test
    void deletingASiteRemovesItsChannelsFirst() throws Exception {
        content.create(CHANNELS, channel("c1", "zwgk", List.of("news", "local")));
        content.create(CHANNELS, channel("c2", "xw", List.of()));
        content.create("/api/v1/sites/s2/channels", channel("c3", "zwgk", List.of("other")));
        ApiClient.Reply deleted = client.signed(editor, "DELETE", "/api/v1/sites/s1", Content.NO_BODY,
                Map.of("If-Match", "\"1\""), editorAccount.key());
        assertEquals(200, deleted.status(), deleted::text);
        assertEquals("GS-REQ-NOT-FOUND", content.get(CHANNELS).code());
        assertEquals(List.of("c3"), ids(content.get("/api/v1/sites/s2/channels")), "the other site's stay");

        List<String> deletes = content.feed(100).stream().filter(change -> "delete".equals(change.get("op")))
                .map(change -> change.get("entity") + " " + change.get("id")).toList();
        assertEquals(List.of("channel c1", "channel c2", "column local", "column news", "column policy", "site s1"), deletes);
        List<String> logged = test.server.operationLog().read(0, 1000).stream().filter(e -> e.action().endsWith(".delete"))
                .map(e -> e.operator() + " " + e.action() + " " + e.target()).toList();
        assertEquals(List.of("zhang.wei channel.delete c1", "zhang.wei channel.delete c2", "zhang.wei column.delete local",
                "zhang.wei column.delete news", "zhang.wei column.delete policy", "zhang.wei site.delete s1"), logged);
        assertEquals(201, content.post("/api/v1/sites/s2/channels", channel("c1", "c1", List.of())).status(), "its ids are free");
    }

    @Test
    void everyChangeIsLoggedAndInTheChangeFeed() throws Exception {
        content.create(CHANNELS, channel("c1", "zwgk", List.of("news")));
        content.put(CHANNELS + "/c1", channel("c1", "zwgk", List.of("news", "policy")), 1);
        content.delete(CHANNELS + "/c1", 2);
        List<String> logged = test.server.operationLog().read(0, 1000).stream().filter(e -> e.action().startsWith("channel."))
                .map(e -> e.operator() + " " + e.action() + " " + e.target()).toList();
        assertEquals(List.of("zhang.wei channel.create c1", "zhang.wei channel.update c1", "zhang.wei channel.delete c1"), logged);
        List<Map<?, ?>> feed = content.feed(100).stream().filter(change -> "channel".equals(change.get("entity"))).toList();
        assertEquals(List.of("c1 1 upsert", "c1 2 upsert", "c1 2 delete"), feed.stream()
                .map(c -> c.get("id") + " " + c.get("version") + " " + c.get("op")).toList());
        assertEquals(Map.of("id", "c1", "site", "s1", "name", "频道 c1", "pathSegment", "zwgk", "columns", List.of("news", "policy"),
                "position", 0, "version", 2), feed.get(1).get("data"));
        assertEquals(null, feed.get(2).get("data"));
    }
}
