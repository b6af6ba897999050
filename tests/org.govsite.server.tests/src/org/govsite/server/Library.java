package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.ProtocolHeaders;

/**
 * A test server with a content editor and a reviewer logged in, and helpers that build library content through the
 * API: organisations, sites, columns, attachments and articles.
 */
final class Library implements AutoCloseable {
    final TestServer test;
    final ApiClient client;
    final ApiClient.Session editor;
    final ApiClient.Session reviewer;

    Library(Path folder) {
        test = TestServer.withAdministrator(folder);
        client = test.client;
        editor = client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR));
        reviewer = client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
    }

    /** Creates a government organisation, 201 expected. */
    void organisation(String id, String name) {
        expect(201, post("/api/v1/organisations", Map.of("id", id, "name", name, "kind", "GOVERNMENT")));
    }

    /** Creates a running portal of {@code host} with these domains and identity, 201 expected. */
    void site(String id, String name, String host, String mainDomain, List<String> aliases, String idCode) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("id", id);
        site.put("name", name);
        site.put("kind", "PORTAL");
        site.put("level", "PROVINCE");
        site.put("host", host);
        site.put("mainDomain", mainDomain);
        site.put("aliases", aliases);
        site.put("idCode", idCode);
        site.put("icpRecord", "浙ICP备05003423号");
        site.put("securityRecord", "浙公网安备 33010002000001号");
        site.put("status", "RUNNING");
        expect(201, post("/api/v1/sites", site));
    }

    /** Creates a column of {@code siteId} under {@code parent} (null: top level), 201 expected. */
    void column(String siteId, String id, String parent, String name, String pathSegment, String category, int position) {
        Map<String, Object> column = new HashMap<>(Map.of("id", id, "name", name, "pathSegment", pathSegment,
                "category", category, "description", name + "栏目", "keywords", name + ",政务", "updatePeriodDays", 14,
                "position", position));
        if (parent != null) {
            column.put("parent", parent);
        }
        expect(201, post("/api/v1/sites/" + siteId + "/columns", column));
    }

    /** @return an article body with these fields; {@code extra} adds or replaces fields */
    static Map<String, Object> article(String id, String title, List<String> columns, Map<String, Object> extra) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", id);
        article.put("title", title);
        article.put("publishedAt", "2026-05-18 10:19");
        article.put("source", "浙江省人民政府办公厅");
        article.put("author", "王芳");
        article.put("keywords", "政务,公开");
        article.put("description", "摘要：" + title);
        article.put("body", "<p>" + title + "的正文。</p>");
        article.put("columns", columns);
        article.putAll(extra);
        return article;
    }

    ApiClient.Reply post(String path, Object body) {
        return client.signed(editor, "POST", path, TestServer.json(body));
    }

    ApiClient.Reply get(ApiClient.Session session, String path) {
        return client.signed(session, "GET", path, new byte[0]);
    }

    /** Stores {@code bytes} as an attachment of {@code contentType} under {@code digest} (null: their SM3). */
    ApiClient.Reply putAttachment(ApiClient.Session session, String digest, byte[] bytes, String contentType) {
        return send(session, "PUT", "/api/v1/attachments/" + (digest == null ? Sm3.digestHex(bytes) : digest), bytes,
                Map.of("Content-Type", contentType));
    }

    /** Sends a write signed with {@code X-GovSite-Idempotency-Key: key} (and {@code If-Match} unless null). */
    ApiClient.Reply idempotent(String method, String path, Object body, String ifMatch, String key) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of(ProtocolHeaders.IDEMPOTENCY_KEY, key,
                "Content-Type", "application/json; charset=utf-8"));
        if (ifMatch != null) {
            headers.put(ProtocolHeaders.IF_MATCH, ifMatch);
        }
        return send(editor, method, path, TestServer.json(body), headers);
    }

    private ApiClient.Reply send(ApiClient.Session session, String method, String target, byte[] body, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        session.signer().sign(method, target, headers, body);
        return client.send(method, target, headers, body);
    }

    /** @return the whole operation log */
    List<OperationLog.Entry> log() {
        try {
            return test.server.operationLog().read(0, 10_000);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiClient.Reply expect(int status, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply::text);
        return reply;
    }

    static Map<String, Object> json(ApiClient.Reply reply) {
        return TestServer.parse(reply);
    }

    @Override
    public void close() {
        test.close();
    }
}
