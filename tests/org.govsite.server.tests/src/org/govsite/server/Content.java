package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of content entities and a content editor's calls, for the tests of sites, columns, topics and the feed. */
final class Content {
    static final byte[] NO_BODY = new byte[0];

    private final ApiClient client;
    private final ApiClient.Session editor;

    Content(ApiClient client, ApiClient.Session editor) {
        this.client = client;
        this.editor = editor;
    }

    static Map<String, Object> organisation(String id) {
        return Map.of("id", id, "name", "组织 " + id, "kind", "GOVERNMENT");
    }

    static Map<String, Object> site(String id, String host, String domain) {
        Map<String, Object> site = new HashMap<>(Map.of("id", id, "name", "站点 " + id, "kind", "PORTAL", "level", "CITY",
                "host", host, "mainDomain", domain, "status", "RUNNING"));
        site.put("aliases", List.of());
        return site;
    }

    static Map<String, Object> column(String id, String parent, String pathSegment) {
        Map<String, Object> column = new HashMap<>(Map.of("id", id, "name", "栏目 " + id, "pathSegment", pathSegment,
                "category", "NEWS"));
        column.put("parent", parent);
        return column;
    }

    static Map<String, Object> topic(String id, String pathSegment) {
        return Map.of("id", id, "name", "专题 " + id, "pathSegment", pathSegment);
    }

    /** @return {@code base} with {@code field} set to {@code value} (null allowed) */
    static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(base);
        changed.put(field, value);
        return changed;
    }

    ApiClient.Reply post(String path, Map<String, Object> body) {
        return client.signed(editor, "POST", path, TestServer.json(body));
    }

    /** Posts and fails the test unless created. */
    Map<String, Object> create(String path, Map<String, Object> body) {
        ApiClient.Reply reply = post(path, body);
        assertEquals(201, reply.status(), reply::text);
        return TestServer.parse(reply);
    }

    ApiClient.Reply get(String path) {
        return client.signed(editor, "GET", path, NO_BODY);
    }

    ApiClient.Reply put(String path, Map<String, Object> body, long ifMatch) {
        return client.signed(editor, "PUT", path, TestServer.json(body), "\"" + ifMatch + "\"");
    }

    /** A {@code PUT} of what is keyed by its path (redirects, archives, notices of a host): no {@code If-Match}. */
    ApiClient.Reply putKeyed(String path, Map<String, Object> body) {
        return client.signed(editor, "PUT", path, TestServer.json(body));
    }

    ApiClient.Reply delete(String path, long ifMatch) {
        return client.signed(editor, "DELETE", path, NO_BODY, "\"" + ifMatch + "\"");
    }

    /** A host organisation {@code org} and site {@code id} on {@code domain}. */
    void siteWithHost(String id, String org, String domain) {
        if (get("/api/v1/organisations/" + org).status() == 404) {
            create("/api/v1/organisations", organisation(org));
        }
        create("/api/v1/sites", site(id, org, domain));
    }

    /** @return the whole change feed, paged by {@code pageSize} */
    List<Map<?, ?>> feed(int pageSize) {
        List<Map<?, ?>> all = new ArrayList<>();
        long cursor = 0;
        boolean more = true;
        while (more) {
            ApiClient.Reply reply = get("/api/v1/changes?after=" + cursor + "&limit=" + pageSize);
            assertEquals(200, reply.status(), reply::text);
            Map<String, Object> page = TestServer.parse(reply);
            ((List<?>) page.get("changes")).forEach(change -> all.add((Map<?, ?>) change));
            cursor = ((Number) page.get("cursor")).longValue();
            more = (Boolean) page.get("more");
        }
        return all;
    }
}
