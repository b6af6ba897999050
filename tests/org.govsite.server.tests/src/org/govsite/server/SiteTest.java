package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.govsite.crypto.Sm2KeyPair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sites: CRUD with ETags, every invalid field, roles, the high-risk delete that takes columns and topics along. */
class SiteTest extends EditorTestBase {
    @BeforeEach
    void start() {
        content.create("/api/v1/organisations", Content.organisation("hz"));
    }

    private ApiClient.Reply deleteSite(String id, long ifMatch, Sm2KeyPair operatorKey) {
        return client.signed(editor, "DELETE", "/api/v1/sites/" + id, Content.NO_BODY,
                Map.of("If-Match", "\"" + ifMatch + "\""), operatorKey);
    }

    @Test
    void createReadUpdateListWithETags() {
        Map<String, Object> body = Content.with(Content.with(Content.site("hz-portal", "hz", "www.hangzhou.gov.cn"),
                "aliases", List.of("hangzhou.gov.cn", "杭州.政务")), "openedOn", "2001-05-18");
        ApiClient.Reply created = content.post("/api/v1/sites", Content.with(body, "idCode", "3301000001"));
        assertEquals(201, created.status(), created::text);
        assertEquals("\"1\"", created.header("ETag"));

        ApiClient.Reply read = content.get("/api/v1/sites/hz-portal");
        assertEquals("\"1\"", read.header("ETag"));
        Map<String, Object> site = TestServer.parse(read);
        assertEquals(List.of("hangzhou.gov.cn", "杭州.政务"), site.get("aliases"));
        assertEquals("2001-05-18", site.get("openedOn"));
        assertEquals("3301000001", site.get("idCode"));
        assertEquals(null, site.get("icpRecord"));
        assertEquals(TestServer.parse(created), site);

        ApiClient.Reply updated = content.put("/api/v1/sites/hz-portal", Content.with(Content.with(body, "aliases",
                List.of("hz.gov.cn")), "status", "TEMPORARILY_OFFLINE"), 1);
        assertEquals(200, updated.status(), updated::text);
        assertEquals("\"2\"", updated.header("ETag"));
        Map<String, Object> after = TestServer.parse(content.get("/api/v1/sites/hz-portal"));
        assertEquals(List.of("hz.gov.cn"), after.get("aliases"));
        assertEquals("TEMPORARILY_OFFLINE", after.get("status"));
        assertEquals(2, after.get("version"));

        ApiClient.Reply generated = content.post("/api/v1/sites", Content.with(Content.site("x", "hz", "www.x.gov.cn"), "id", null));
        assertEquals(201, generated.status(), generated::text);
        assertEquals(36, ((String) TestServer.parse(generated).get("id")).length(), "a server UUID");
        assertEquals(2, TestServer.list(content.get("/api/v1/sites"), "sites").size());
    }

    @Test
    void everyInvalidFieldIsRefusedAndNothingIsStored() throws Exception {
        Map<String, Object> good = Content.site("s1", "hz", "www.hangzhou.gov.cn");
        List<Map<String, Object>> bad = List.of(Content.with(good, "kind", "PORTAL_X"),
                Content.with(good, "level", "TOWN"), Content.with(good, "status", null),
                Content.with(good, "status", "running"), Content.with(good, "host", null),
                Content.with(good, "host", "no-such-org"), Content.with(good, "id", "-bad"),
                Content.with(good, "id", "a".repeat(65)), Content.with(good, "name", " "),
                Content.with(good, "openedOn", "2001-13-01"), Content.with(good, "openedOn", "18.05.2001"),
                Content.with(good, "mainDomain", "http://www.hangzhou.gov.cn/"),
                Content.with(good, "aliases", List.of("a.gov.cn", "a.gov.cn")),
                Content.with(good, "aliases", List.of("www.hangzhou.gov.cn")),
                Content.with(good, "aliases", List.of("WWW.Hangzhou.gov.cn")),
                Content.with(good, "idCode", "330100001"), Content.with(good, "icpRecord", "x".repeat(101)));
        for (Map<String, Object> body : bad) {
            ApiClient.Reply reply = content.post("/api/v1/sites", body);
            assertEquals(400, reply.status(), body::toString);
            assertEquals("GS-REQ-INVALID-FIELD", reply.code(), body::toString);
        }
        ApiClient.Reply unknownField = content.post("/api/v1/sites", Content.with(good, "sponsor", "x"));
        assertEquals("GS-REQ-MALFORMED-JSON", unknownField.code());
        ApiClient.Reply broken = client.signed(editor, "POST", "/api/v1/sites", "{\"id\":\"s1\",".getBytes(StandardCharsets.UTF_8));
        assertEquals("GS-REQ-MALFORMED-JSON", broken.code());
        assertEquals(List.of(), TestServer.list(content.get("/api/v1/sites"), "sites"));
        assertEquals(1, content.feed(100).size(), "only the organisation");
        assertTrue(test.server.operationLog().read(0, 1000).stream().noneMatch(e -> e.action().startsWith("site.")),
                "a refused change leaves no log entry");
        assertEquals(201, content.post("/api/v1/sites", good).status());
        assertEquals("GS-REQ-INVALID-FIELD", content.post("/api/v1/sites", good).code(), "the id exists");
        assertEquals("GS-REQ-INVALID-FIELD", content.post("/api/v1/sites", Content.site("s2", "hz", "www.hangzhou.gov.cn")).code(),
                "the domain belongs to s1");
        assertEquals("GS-REQ-INVALID-FIELD", content.put("/api/v1/sites/s1", Content.with(good, "id", "s9"), 1).code(),
                "id differs from the path");
    }

    @Test
    void aDomainBelongsToOneSiteWhateverItsCaseUntilThatSiteLetsItGo() {
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        Map<String, Object> s1 = Content.with(Content.site("s1", "hz", "www.hangzhou.gov.cn"), "aliases", List.of("hz.gov.cn"));
        assertEquals(200, content.put("/api/v1/sites/s1", s1, 1).status());

        assertEquals("domain WWW.Hangzhou.gov.cn belongs to another site",
                refusal(content.post("/api/v1/sites", Content.site("s2", "hz", "WWW.Hangzhou.gov.cn"))));
        assertEquals("domain hz.gov.cn belongs to another site", refusal(content.post("/api/v1/sites",
                Content.with(Content.site("s2", "hz", "www.s2.gov.cn"), "aliases", List.of("hz.gov.cn")))));
        content.create("/api/v1/sites", Content.site("s2", "hz", "www.s2.gov.cn"));
        assertEquals("domain www.s2.gov.cn belongs to another site",
                refusal(content.put("/api/v1/sites/s1", Content.with(s1, "aliases", List.of("www.s2.gov.cn")), 2)));

        Map<String, Object> swapped = Content.with(Content.site("s1", "hz", "hz.gov.cn"), "aliases", List.of("www.hangzhou.gov.cn"));
        assertEquals(200, content.put("/api/v1/sites/s1", swapped, 2).status(), "a site's own domains change places");
        assertEquals(200, content.put("/api/v1/sites/s1", Content.site("s1", "hz", "www.hz.gov.cn"), 3).status());
        assertEquals(200, content.put("/api/v1/sites/s2", Content.with(Content.site("s2", "hz", "www.s2.gov.cn"),
                "aliases", List.of("www.hangzhou.gov.cn", "hz.gov.cn")), 1).status(), "the domains s1 let go");
        assertEquals("domain www.hz.gov.cn belongs to another site",
                refusal(content.post("/api/v1/sites", Content.site("s3", "hz", "www.hz.gov.cn"))));
        assertEquals(200, deleteSite("s2", 2, editorAccount.key()).status());
        content.create("/api/v1/sites", Content.site("s3", "hz", "HZ.gov.cn"));
    }

    private static String refusal(ApiClient.Reply reply) {
        assertEquals(400, reply.status(), reply::text);
        assertEquals("GS-REQ-INVALID-FIELD", reply.code());
        return String.valueOf(TestServer.parse(reply).get("detail"));
    }

    @Test
    void changesNeedTheCurrentETag() {
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        Map<String, Object> body = Content.site("s1", "hz", "www.hz.gov.cn");
        ApiClient.Reply missing = client.signed(editor, "PUT", "/api/v1/sites/s1", TestServer.json(body));
        assertEquals(428, missing.status());
        assertEquals("GS-REQ-PRECONDITION-REQUIRED", missing.code());
        assertEquals(200, content.put("/api/v1/sites/s1", body, 1).status());
        ApiClient.Reply stale = content.put("/api/v1/sites/s1", body, 1);
        assertEquals(412, stale.status());
        assertEquals("GS-CONFLICT-ETAG", stale.code());
        assertEquals("GS-CONFLICT-ETAG", deleteSite("s1", 1, editorAccount.key()).code());
        assertEquals("GS-REQ-PRECONDITION-REQUIRED", client.signed(editor, "DELETE", "/api/v1/sites/s1", Content.NO_BODY,
                Map.of(), editorAccount.key()).code());
        assertEquals("GS-REQ-NOT-FOUND", content.put("/api/v1/sites/nope", Content.with(body, "id", null), 1).code());
    }

    @Test
    void rolesAreEnforced() throws Exception {
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        ApiClient.Session reviewer = client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
        assertEquals(200, client.signed(reviewer, "GET", "/api/v1/sites/s1", Content.NO_BODY).status());
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "POST", "/api/v1/sites",
                TestServer.json(Content.site("s2", "hz", "www.s2.gov.cn"))).code());
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "PUT", "/api/v1/sites/s1",
                TestServer.json(Content.site("s1", "hz", "www.s2.gov.cn")), "\"1\"").code());
        ApiClient.Session auditor = client.login(test.addOperator("wang.fang", Role.AUDITOR));
        assertEquals("GS-AUTH-ROLE", client.signed(auditor, "GET", "/api/v1/sites", Content.NO_BODY).code());
        ApiClient.Session admin = client.login(test.admin);
        ApiClient.Reply byAdmin = client.signed(admin, "DELETE", "/api/v1/sites/s1", Content.NO_BODY,
                Map.of("If-Match", "\"1\""), test.admin.key());
        assertEquals(403, byAdmin.status());
        assertEquals("GS-AUTH-ROLE", byAdmin.code(), "三权分立: administrators do not edit content");
        assertEquals(200, content.get("/api/v1/sites/s1").status());
        assertEquals(List.of("li.na POST /api/v1/sites GS-AUTH-ROLE", "li.na PUT /api/v1/sites/s1 GS-AUTH-ROLE",
                "wang.fang GET /api/v1/sites GS-AUTH-ROLE", "root DELETE /api/v1/sites/s1 GS-AUTH-ROLE"), refusals());
    }

    /** @return the refused requests of the operation log: operator, target, code */
    private List<String> refusals() throws Exception {
        return test.server.operationLog().read(0, 1000).stream().filter(e -> e.action().equals("request.refused"))
                .map(e -> e.operator() + " " + e.target() + " " + e.detail()).toList();
    }

    @Test
    void deletingASiteIsHighRiskAndRemovesItsColumnsAndTopics() throws Exception {
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        content.create("/api/v1/sites/s1/columns", Content.column("news", null, "news"));
        content.create("/api/v1/sites/s1/columns", Content.column("local", "news", "local"));
        content.create("/api/v1/sites/s1/topics", Content.topic("t1", "asian-games"));

        ApiClient.Reply unsigned = deleteSite("s1", 1, null);
        assertEquals(403, unsigned.status());
        assertEquals("GS-AUTH-OPERATOR-SIGNATURE-REQUIRED", unsigned.code());
        assertEquals("GS-AUTH-BAD-OPERATOR-SIGNATURE", deleteSite("s1", 1, Sm2KeyPair.generate()).code());
        assertEquals(200, content.get("/api/v1/sites/s1").status(), "still there");
        assertEquals(List.of("zhang.wei DELETE /api/v1/sites/s1 GS-AUTH-OPERATOR-SIGNATURE-REQUIRED",
                "zhang.wei DELETE /api/v1/sites/s1 GS-AUTH-BAD-OPERATOR-SIGNATURE"), refusals());
        assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "DELETE", "/api/v1/organisations/hz", Content.NO_BODY, "\"1\"").code(),
                "the organisation hosts a site");

        ApiClient.Reply deleted = deleteSite("s1", 1, editorAccount.key());
        assertEquals(200, deleted.status(), deleted::text);
        assertEquals("GS-REQ-NOT-FOUND", content.get("/api/v1/sites/s1").code());
        assertEquals("GS-REQ-NOT-FOUND", content.get("/api/v1/sites/s1/columns").code());
        assertEquals("GS-REQ-NOT-FOUND", content.get("/api/v1/sites/s1/columns/news").code());

        List<String> deletes = content.feed(100).stream().filter(change -> "delete".equals(change.get("op")))
                .map(change -> change.get("entity") + " " + change.get("id") + " " + change.get("data")).toList();
        assertEquals(List.of("topic t1 null", "column local null", "column news null", "site s1 null"), deletes);
        List<String> logged = test.server.operationLog().read(0, 1000).stream().filter(e -> e.action().endsWith(".delete"))
                .map(e -> e.operator() + " " + e.action() + " " + e.target()).toList();
        assertEquals(4, logged.size(), logged::toString);
        assertTrue(logged.contains("zhang.wei site.delete s1"), logged::toString);
        assertEquals(200, client.signed(editor, "DELETE", "/api/v1/organisations/hz", Content.NO_BODY, "\"1\"").status());
    }
}
