package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The redirect table of migrated legacy hosts: the bulk API (roles, validation, idempotency, pages) and its serving. */
class RedirectTest extends EditorTestBase {
    private static final String PATH = "/api/v1/redirects/www.old.gov.cn";
    private static final String TWO = """
            {"entries":[{"path":"/xxgk/art_1_101.html?from=a","status":301,"target":"http://new.gov.cn/xxgk/201903/t20190305_1.html"},
            {"path":"/old/notice.html","status":410,"target":"http://archive.new.gov.cn/old/notice.html"}]}""";

    @Test
    void bulkWritesAreIdempotentAndListedInPages() throws Exception {
        assertEquals(2, put(TWO).path("changed").asInt());
        assertEquals(0, put(TWO).path("changed").asInt(), "the same entries again change nothing");
        JsonNode changed = put("""
                {"entries":[{"path":"/old/notice.html","status":301,"target":"http://new.gov.cn/notice.html"}]}""");
        assertEquals(1, changed.path("changed").asInt());
        assertEquals(1, changed.path("entries").asInt());

        ApiClient.Session reviewer = client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
        JsonNode first = json(client.signed(reviewer, "GET", PATH + "?limit=1", new byte[0]));
        assertEquals(1, first.path("entries").size());
        assertEquals("/old/notice.html", first.path("entries").get(0).path("path").asText());
        assertEquals(301, first.path("entries").get(0).path("status").asInt());
        assertEquals("http://new.gov.cn/notice.html", first.path("entries").get(0).path("target").asText());
        assertTrue(first.path("more").asBoolean());
        JsonNode second = json(client.signed(reviewer, "GET", PATH + "?limit=1&after=%2Fold%2Fnotice.html", new byte[0]));
        assertEquals("/xxgk/art_1_101.html?from=a", second.path("entries").get(0).path("path").asText());
        JsonNode end = json(client.signed(reviewer, "GET", PATH + "?limit=5&after=%2Fxxgk", new byte[0]));
        assertEquals(1, end.path("entries").size());
        assertTrue(!end.path("more").asBoolean());
        assertEquals(1, test.server.operationLog().read(0, 1000).stream()
                .filter(e -> e.action().equals("redirect.put") && e.detail().equals("1 entries, 1 changed")).count());
    }

    @Test
    void onlyContentEditorsWriteAndAuditorsCannotRead() {
        ApiClient.Session reviewer = client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
        ApiClient.Session auditor = client.login(test.addOperator("zhao.lei", Role.AUDITOR));
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "PUT", PATH, TWO.getBytes(StandardCharsets.UTF_8)).code());
        assertEquals("GS-AUTH-ROLE", client.signed(auditor, "GET", PATH, new byte[0]).code());
    }

    @Test
    void badEntriesAreRefusedWholeWithTheirField() throws Exception {
        assertRefused("GS-REQ-MALFORMED-JSON", "{\"entries\":[");
        assertRefused("GS-REQ-INVALID-FIELD", "{\"entries\":[]}");
        assertRefused("GS-REQ-INVALID-FIELD", entry("/a.html", 302, "http://new.gov.cn/a.html"));
        assertRefused("GS-REQ-INVALID-FIELD", entry("a.html", 301, "http://new.gov.cn/a.html"));
        assertRefused("GS-REQ-INVALID-FIELD", entry("/a b.html", 301, "http://new.gov.cn/a.html"));
        assertRefused("GS-REQ-INVALID-FIELD", entry("/a.html", 301, "/relative.html"));
        assertRefused("GS-REQ-INVALID-FIELD", entry("/a.html", 410, "ftp://archive.gov.cn/a"));
        ApiClient.Reply repeated = client.signed(editor, "PUT", PATH, ("{\"entries\":[" + one("/a.html", 301, "http://n.gov.cn/a")
                + "," + one("/a.html", 410, "http://n.gov.cn/b") + "]}").getBytes(StandardCharsets.UTF_8));
        assertEquals("GS-REQ-INVALID-FIELD", repeated.code());
        assertTrue(repeated.text().contains("entries[1].path repeats /a.html"), repeated.text());
        assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "PUT", "/api/v1/redirects/old_host", TWO.getBytes(StandardCharsets.UTF_8)).code());
        put("{\"entries\":[" + one("/ok.html", 301, "http://n.gov.cn/ok") + "]}");
        assertRefused("GS-REQ-INVALID-FIELD", "{\"entries\":[" + one("/b.html", 301, "http://n.gov.cn/b") + ","
                + one("/c.html", 999, "http://n.gov.cn/c") + "]}");
        assertEquals(1, json(client.signed(editor, "GET", PATH, new byte[0])).path("entries").size(), "nothing of a refused PUT is kept");
    }

    @Test
    void oldHostsAnswer301Or410AndUnknownPaths404() throws Exception {
        put(TWO);
        SiteFetcher old = new SiteFetcher(test.server.uri());
        SiteFetcher.Page moved = old.get("WWW.old.gov.cn", "/xxgk/art_1_101.html?from=a");
        assertEquals(301, moved.status());
        assertEquals("http://new.gov.cn/xxgk/201903/t20190305_1.html", moved.headers().get("location"));
        SiteFetcher.Page gone = old.get("www.old.gov.cn", "/old/notice.html");
        assertEquals(410, gone.status());
        assertTrue(gone.text().contains("<h1>已归档</h1>"), gone.text());
        assertTrue(gone.text().contains("<a href=\"http://archive.new.gov.cn/old/notice.html\">"), gone.text());
        assertEquals(404, old.get("www.old.gov.cn", "/xxgk/art_1_101.html").status(), "another query is another URL");
        assertTrue(old.get("www.old.gov.cn", "/nothing.html").text().contains("页面不存在"));
        assertEquals(405, old.send("POST", "www.old.gov.cn", "/old/notice.html").status());
        assertEquals(200, old.get("www.old.gov.cn", "/api/v1/health").status(), "the API stays the API");
    }

    @Test
    void oneAddressWrittenSeveralWaysFindsItsEntryAndAddedTrackingParametersDoNotLoseIt() throws Exception {
        put("{\"entries\":[" + one("/xxgk/%e6%96%87%e4%bb%b6.html", 301, "http://n.gov.cn/file") + ","
                + one("/content.jsp?id=5&cat=2", 301, "http://n.gov.cn/5") + "," + one("/content.jsp?id=6&cat=2", 301, "http://n.gov.cn/6")
                + "," + one("/news/art_1.html", 301, "http://n.gov.cn/news1") + "," + one("/list.jsp", 301, "http://n.gov.cn/list")
                + "," + one("/list.jsp?page=2", 301, "http://n.gov.cn/list2") + "]}");
        SiteFetcher old = new SiteFetcher(test.server.uri());
        Map<String, String> moved = new LinkedHashMap<>();
        moved.put("/xxgk/%E6%96%87%E4%BB%B6.html", "http://n.gov.cn/file");
        moved.put("/%78xgk/%e6%96%87%E4%bb%b6.html", "http://n.gov.cn/file");
        moved.put("/content.jsp?cat=2&id=5", "http://n.gov.cn/5");
        moved.put("/content.jsp?id=5&cat=2&from=singlemessage&isappinstalled=0", "http://n.gov.cn/5");
        moved.put("/content.jsp?from=timeline&cat=2&id=6", "http://n.gov.cn/6");
        moved.put("/content.jsp;jsessionid=0A1B2C3D.node1?cat=2&id=6", "http://n.gov.cn/6");
        moved.put("/news/art_1.html?from=singlemessage", "http://n.gov.cn/news1");
        moved.put("/list.jsp?from=groupmessage", "http://n.gov.cn/list");
        moved.put("/list.jsp?page=2&from=groupmessage", "http://n.gov.cn/list2");
        for (Map.Entry<String, String> each : moved.entrySet()) {
            SiteFetcher.Page page = old.get("www.old.gov.cn", each.getKey());
            assertEquals(301, page.status(), each.getKey());
            assertEquals(each.getValue(), page.headers().get("location"), each.getKey());
        }
        for (String unknown : List.of("/content.jsp?id=7&cat=2", "/content.jsp?id=5", "/content.jsp?from=timeline",
                "/list.jsp?page=3", "/list.jsp?page=3&from=groupmessage", "/xxgk/%E6%96%87.html")) {
            assertEquals(404, old.get("www.old.gov.cn", unknown).status(), "a significant parameter or path differs: " + unknown);
        }

        List<String> listed = new ArrayList<>();
        json(client.signed(editor, "GET", PATH, new byte[0])).path("entries").forEach(e -> listed.add(e.path("path").asText()));
        assertEquals(List.of("/content.jsp?cat=2&id=5", "/content.jsp?cat=2&id=6", "/list.jsp", "/list.jsp?page=2",
                "/news/art_1.html", "/xxgk/%E6%96%87%E4%BB%B6.html"), listed, "entries are kept in normal form");
        assertEquals(0, put(entry("/content.jsp?cat=2&id=%35", 301, "http://n.gov.cn/5")).path("changed").asInt(),
                "another way of writing an entry is the same entry");
        JsonNode twoWays = put("{\"entries\":[" + one("/a.html?x=1&y=2", 410, "http://n.gov.cn/a") + ","
                + one("/a.html?y=2&x=1", 410, "http://n.gov.cn/a") + "]}");
        assertEquals(2, twoWays.path("entries").asInt());
        assertEquals(1, twoWays.path("changed").asInt(), "two ways of writing one address with one answer: one entry");
        ApiClient.Reply differing = client.signed(editor, "PUT", PATH, ("{\"entries\":[" + one("/b.html?x=1&y=2", 301, "http://n.gov.cn/b")
                + "," + one("/b.html?y=2&x=1", 410, "http://n.gov.cn/c") + "]}").getBytes(StandardCharsets.UTF_8));
        assertEquals("GS-REQ-INVALID-FIELD", differing.code());
        assertTrue(differing.text().contains("entries[1].path repeats /b.html?y=2&x=1 (/b.html?x=1&y=2)"), differing.text());
        assertEquals(1, delete("{\"paths\":[\"/content.jsp?id=5&cat=2\"]}").path("deleted").asInt(), "deleted in any form");
        assertEquals(404, old.get("www.old.gov.cn", "/content.jsp?cat=2&id=5&from=singlemessage").status());
    }

    @Test
    void entriesAreDeletedByPathAndTheOldUrlAnswers404() throws Exception {
        put(TWO);
        SiteFetcher old = new SiteFetcher(test.server.uri());
        assertEquals(301, old.get("www.old.gov.cn", "/xxgk/art_1_101.html?from=a").status());
        JsonNode deleted = delete("{\"paths\":[\"/xxgk/art_1_101.html?from=a\",\"/never.html\"]}");
        assertEquals(2, deleted.path("paths").asInt());
        assertEquals(1, deleted.path("deleted").asInt(), "a path without entry is no error");
        assertEquals(0, delete("{\"paths\":[\"/xxgk/art_1_101.html?from=a\"]}").path("deleted").asInt(), "deleting again changes nothing");
        assertEquals(404, old.get("www.old.gov.cn", "/xxgk/art_1_101.html?from=a").status(), "no stale 301");
        assertEquals(410, old.get("www.old.gov.cn", "/old/notice.html").status(), "the other entry stays");
        JsonNode listed = json(client.signed(editor, "GET", PATH, new byte[0]));
        assertEquals(1, listed.path("entries").size());
        assertEquals(1, test.server.operationLog().read(0, 1000).stream()
                .filter(e -> e.action().equals("redirect.delete") && e.detail().equals("2 paths, 1 deleted")).count());

        ApiClient.Session reviewer = client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
        byte[] notice = "{\"paths\":[\"/old/notice.html\"]}".getBytes(StandardCharsets.UTF_8);
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "DELETE", PATH, notice).code());
        for (String bad : List.of("{\"paths\":[]}", "{\"paths\":[\"old/notice.html\"]}", "{\"paths\":[\"/a b.html\"]}",
                "{\"paths\":[\"/old/notice.html\",\"/old/notice.html\"]}", "{\"paths\":[\"/old/notice.html\",\"/x#y\"]}")) {
            assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "DELETE", PATH, bad.getBytes(StandardCharsets.UTF_8)).code(), bad);
        }
        assertEquals("GS-REQ-MALFORMED-JSON", client.signed(editor, "DELETE", PATH, "{\"path\":\"/old/notice.html\"}".getBytes(StandardCharsets.UTF_8)).code());
        assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "DELETE", "/api/v1/redirects/old_host", notice).code());
        assertEquals(410, old.get("www.old.gov.cn", "/old/notice.html").status(), "nothing of a refused DELETE done");
    }

    private JsonNode delete(String body) throws Exception {
        return json(client.signed(editor, "DELETE", PATH, body.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode put(String body) throws Exception {
        ApiClient.Reply reply = client.signed(editor, "PUT", PATH, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.text());
        return new ObjectMapper().readTree(reply.body());
    }

    private void assertRefused(String code, String body) {
        ApiClient.Reply reply = client.signed(editor, "PUT", PATH, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(code, reply.code(), reply.text());
    }

    private static JsonNode json(ApiClient.Reply reply) throws Exception {
        assertEquals(200, reply.status(), reply.text());
        return new ObjectMapper().readTree(reply.body());
    }

    private static String entry(String path, int status, String target) {
        return "{\"entries\":[" + one(path, status, target) + "]}";
    }

    private static String one(String path, int status, String target) {
        return "{\"path\":\"" + path + "\",\"status\":" + status + ",\"target\":\"" + target + "\"}";
    }
}
