package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.ProtocolHeaders;

/**
 * The resource library as its tests use it, beside {@link Content}: a logged-in content reviewer {@code li.na}, sites
 * with their identity and described columns, article bodies, attachments, idempotent writes and the operation log.
 */
final class Library {
    final TestServer test;
    final ApiClient client;
    final ApiClient.Session editor;
    final ApiClient.Session reviewer;
    private final Content content;

    Library(TestServer test, ApiClient.Session editor, Content content) {
        this.test = test;
        this.client = test.client;
        this.editor = editor;
        this.content = content;
        this.reviewer = client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
    }

    /** Creates the articles' tests' portals: {@code zjportal} (columns zj-news, zj-policy) and {@code hzportal} (hz-news). */
    void provinceAndCity() {
        site("zjportal", "浙江省人民政府门户网站", "zj", "www.zj.gov.cn", List.of(), "3300000001");
        site("hzportal", "杭州市人民政府门户网站", "zj", "www.hangzhou.gov.cn", List.of(), "3301000001");
        column("zjportal", "zj-news", null, "政务动态", "zwdt", "NEWS", 0);
        column("zjportal", "zj-policy", null, "政策文件", "zcwj", "POLICY", 1);
        column("hzportal", "hz-news", null, "政务动态", "zwdt", "NEWS", 0);
    }

    /** Creates the running portal {@code id} named {@code name} of organisation {@code host} with these domains and identity. */
    void site(String id, String name, String host, String mainDomain, List<String> aliases, String idCode) {
        if (content.get("/api/v1/organisations/" + host).status() == 404) {
            content.create("/api/v1/organisations", Map.of("id", host, "name", "浙江省人民政府办公厅", "kind", "GOVERNMENT"));
        }
        Map<String, Object> site = Content.site(id, host, mainDomain);
        site.putAll(Map.of("name", name, "aliases", aliases, "idCode", idCode, "icpRecord", "浙ICP备05003423号",
                "securityRecord", "浙公网安备 33010002000001号"));
        content.create("/api/v1/sites", site);
    }

    /** Creates a column of {@code siteId} under {@code parent} (null: top level), described and with keywords. */
    void column(String siteId, String id, String parent, String name, String pathSegment, String category, int position) {
        Map<String, Object> column = Content.column(id, parent, pathSegment);
        column.putAll(Map.of("name", name, "category", category, "description", name + "栏目", "keywords", name + ",政务",
                "position", position));
        content.create("/api/v1/sites/" + siteId + "/columns", column);
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
        return client.signed(session, "GET", path, Content.NO_BODY);
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

    /** @return the article entries of the change feed */
    List<Map<?, ?>> articleChanges() {
        return content.feed(1000).stream().filter(change -> change.get("entity").equals("article")).toList();
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

    private ApiClient.Reply send(ApiClient.Session session, String method, String target, byte[] body, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        session.signer().sign(method, target, headers, body);
        return client.send(method, target, headers, body);
    }
}
