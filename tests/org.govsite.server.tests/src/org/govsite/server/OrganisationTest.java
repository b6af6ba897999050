package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Organisations CRUD with ETag / If-Match optimistic concurrency, each change in the operation log. */
class OrganisationTest {
    @TempDir
    Path folder;
    private TestServer test;
    private ApiClient client;
    private ApiClient.Session editor;

    /** H2 in the test's folder; {@link PostgresOrganisationTest} runs these tests on PostgreSQL. */
    ServerConfig config(Path data) {
        return TestServer.config(data);
    }

    @BeforeEach
    void start() {
        test = TestServer.withAdministrator(config(folder));
        client = test.client;
        editor = client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR));
    }

    @AfterEach
    void stop() {
        test.close();
    }

    private ApiClient.Reply create(String id, String name, String superior) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "name", name, "kind", "GOVERNMENT"));
        if (superior != null) {
            body.put("superior", superior);
        }
        return client.signed(editor, "POST", "/api/v1/organisations", TestServer.json(body));
    }

    @Test
    void createReadUpdateDeleteWithETags() {
        ApiClient.Reply created = create("zj", "浙江省人民政府", null);
        assertEquals(201, created.status(), created::text);
        assertEquals("\"1\"", created.header("ETag"));
        assertEquals(201, create("hz", "杭州市人民政府", "zj").status());

        ApiClient.Reply read = client.signed(editor, "GET", "/api/v1/organisations/hz", new byte[0]);
        assertEquals(200, read.status());
        assertEquals("\"1\"", read.header("ETag"));
        assertEquals(Map.of("id", "hz", "name", "杭州市人民政府", "kind", "GOVERNMENT", "superior", "zj", "version", 1),
                TestServer.parse(read));

        byte[] renamed = TestServer.json(Map.of("name", "杭州市政府", "kind", "GOVERNMENT", "shortName", "杭州", "superior", "zj"));
        ApiClient.Reply updated = client.signed(editor, "PUT", "/api/v1/organisations/hz", renamed, "\"1\"");
        assertEquals(200, updated.status(), updated::text);
        assertEquals("\"2\"", updated.header("ETag"));
        assertEquals("杭州", TestServer.parse(client.signed(editor, "GET", "/api/v1/organisations/hz", new byte[0])).get("shortName"));

        assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "DELETE", "/api/v1/organisations/zj", new byte[0], "\"1\"").code());
        assertEquals(200, client.signed(editor, "DELETE", "/api/v1/organisations/hz", new byte[0], "\"2\"").status());
        ApiClient.Reply gone = client.signed(editor, "GET", "/api/v1/organisations/hz", new byte[0]);
        assertEquals(404, gone.status());
        assertEquals("GS-REQ-NOT-FOUND", gone.code());
        assertEquals(List.of("zj"), TestServer.list(client.signed(editor, "GET", "/api/v1/organisations", new byte[0]), "organisations")
                .stream().map(o -> ((Map<?, ?>) o).get("id")).toList());
    }

    @Test
    void aChangeNeedsTheCurrentETag() {
        create("zj", "浙江省人民政府", null);
        byte[] body = TestServer.json(Map.of("name", "浙江省政府", "kind", "GOVERNMENT"));
        ApiClient.Reply missing = client.signed(editor, "PUT", "/api/v1/organisations/zj", body);
        assertEquals(428, missing.status());
        assertEquals("GS-REQ-PRECONDITION-REQUIRED", missing.code());
        assertEquals(200, client.signed(editor, "PUT", "/api/v1/organisations/zj", body, "\"1\"").status());
        ApiClient.Reply stale = client.signed(editor, "PUT", "/api/v1/organisations/zj", body, "\"1\"");
        assertEquals(412, stale.status());
        assertEquals("GS-CONFLICT-ETAG", stale.code());
        assertEquals("GS-CONFLICT-ETAG", client.signed(editor, "DELETE", "/api/v1/organisations/zj", new byte[0], "\"1\"").code());
        assertEquals("GS-REQ-PRECONDITION-REQUIRED", client.signed(editor, "DELETE", "/api/v1/organisations/zj", new byte[0]).code());
        assertEquals("GS-CONFLICT-ETAG", client.signed(editor, "DELETE", "/api/v1/organisations/zj", new byte[0], "W/\"2\"").code());
        assertEquals(2L, ((Number) TestServer.parse(client.signed(editor, "GET", "/api/v1/organisations/zj", new byte[0])).get("version")).longValue());
    }

    @Test
    void ofConcurrentChangesOnTheSameVersionExactlyOneWins() throws Exception {
        create("zj", "浙江省人民政府", null);
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                byte[] body = TestServer.json(Map.of("name", "name " + w, "kind", "GOVERNMENT"));
                replies.add(pool.submit(() -> client.signed(editor, "PUT", "/api/v1/organisations/zj", body, "\"1\"")));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<ApiClient.Reply> reply : replies) {
                outcomes.add(reply.get().status() == 200 ? "won" : reply.get().code());
            }
            assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes::toString);
            assertEquals(writers - 1, outcomes.stream().filter("GS-CONFLICT-ETAG"::equals).count(), outcomes::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals("\"2\"", client.signed(editor, "GET", "/api/v1/organisations/zj", new byte[0]).header("ETag"));
    }

    @Test
    void invalidOrganisationsAreRefused() {
        assertEquals("GS-REQ-INVALID-FIELD", create("hz", "杭州市人民政府", "no-such").code());
        assertEquals(201, create("zj", "浙江省人民政府", null).status());
        assertEquals("GS-REQ-INVALID-FIELD", create("zj", "again", null).code());
        assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "POST", "/api/v1/organisations",
                TestServer.json(Map.of("name", " ", "kind", "GOVERNMENT"))).code());
        assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "PUT", "/api/v1/organisations/zj",
                TestServer.json(Map.of("id", "other", "name", "x", "kind", "GOVERNMENT")), "\"1\"").code());
    }

    @Test
    void everyChangeIsLoggedWithItsOperator() throws Exception {
        create("zj", "浙江省人民政府", null);
        client.signed(editor, "PUT", "/api/v1/organisations/zj", TestServer.json(Map.of("name", "浙江", "kind", "GOVERNMENT")), "\"1\"");
        client.signed(editor, "DELETE", "/api/v1/organisations/zj", new byte[0], "\"2\"");
        List<String> changes = test.server.operationLog().read(0, 1000).stream()
                .filter(e -> e.action().startsWith("organisation."))
                .map(e -> e.operator() + " " + e.action() + " " + e.target()).toList();
        assertEquals(List.of("zhang.wei organisation.create zj", "zhang.wei organisation.update zj",
                "zhang.wei organisation.delete zj"), changes);
    }
}
