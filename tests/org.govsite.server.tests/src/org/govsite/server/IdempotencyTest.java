package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.server.internal.Idempotency;
import org.junit.jupiter.api.Test;

/** X-GovSite-Idempotency-Key: a repeated write answers the stored response and changes nothing more. */
class IdempotencyTest extends EditorTestBase {
    private static final String KEY = ProtocolHeaders.IDEMPOTENCY_KEY;

    private ApiClient.Reply send(ApiClient.Session session, String method, String path, Object body, Map<String, String> headers) {
        return client.signed(session, method, path, body == null ? Content.NO_BODY : TestServer.json(body), headers, null);
    }

    private long logged(String action) throws Exception {
        return test.server.operationLog().read(0, 1000).stream().filter(e -> e.action().equals(action)).count();
    }

    @Test
    void aRepeatedCreateAnswersTheStoredResponseAndCreatesNothingMore() throws Exception {
        Map<String, Object> body = Content.with(Content.organisation("x"), "id", null);
        ApiClient.Reply first = send(editor, "POST", "/api/v1/organisations", body, Map.of(KEY, "outbox-1"));
        assertEquals(201, first.status(), first::text);
        assertNull(first.header(Idempotency.REPLAYED));
        ApiClient.Reply again = send(editor, "POST", "/api/v1/organisations", body, Map.of(KEY, "outbox-1"));
        assertEquals(201, again.status());
        assertArrayEquals(first.body(), again.body(), "the same server-chosen id");
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals("true", again.header(Idempotency.REPLAYED));
        assertEquals(1, TestServer.list(content.get("/api/v1/organisations"), "organisations").size());
        assertEquals(1, content.feed(100).size());
        assertEquals(1, logged("organisation.create"));
        assertEquals(201, send(editor, "POST", "/api/v1/organisations", body, Map.of(KEY, "outbox-2")).status(),
                "another key is another change");
        assertEquals(2, TestServer.list(content.get("/api/v1/organisations"), "organisations").size());
    }

    @Test
    void repeatedUpdatesAndDeletesApplyOnce() throws Exception {
        content.create("/api/v1/organisations", Content.organisation("hz"));
        Map<String, Object> renamed = Content.with(Content.organisation("hz"), "name", "杭州");
        Map<String, String> update = Map.of("If-Match", "\"1\"", KEY, "u-1");
        assertEquals(200, send(editor, "PUT", "/api/v1/organisations/hz", renamed, update).status());
        ApiClient.Reply repeat = send(editor, "PUT", "/api/v1/organisations/hz", renamed, update);
        assertEquals(200, repeat.status(), "not 412: the change was applied, by this request");
        assertEquals("\"2\"", repeat.header("ETag"));
        Map<String, String> delete = Map.of("If-Match", "\"2\"", KEY, "d-1");
        assertEquals(200, send(editor, "DELETE", "/api/v1/organisations/hz", null, delete).status());
        assertEquals(200, send(editor, "DELETE", "/api/v1/organisations/hz", null, delete).status(), "not 404");
        assertEquals(1, logged("organisation.update"));
        assertEquals(1, logged("organisation.delete"));
        assertEquals(3, content.feed(100).size());
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        assertEquals(201, send(editor, "POST", "/api/v1/organisations", Content.organisation("a"), Map.of(KEY, "k")).status());
        ApiClient.Reply reused = send(editor, "POST", "/api/v1/organisations", Content.organisation("b"), Map.of(KEY, "k"));
        assertEquals(422, reused.status());
        assertEquals("GS-REQ-IDEMPOTENCY-KEY-REUSED", reused.code());
        assertEquals("GS-REQ-IDEMPOTENCY-KEY-REUSED",
                send(editor, "PUT", "/api/v1/organisations/a", Content.organisation("a"), Map.of(KEY, "k", "If-Match", "\"1\"")).code());
        assertEquals("GS-REQ-NOT-FOUND", content.get("/api/v1/organisations/b").code());
        ApiClient.Session other = client.login(test.addOperator("li.na", Role.CONTENT_EDITOR));
        assertEquals(201, send(other, "POST", "/api/v1/organisations", Content.organisation("b"), Map.of(KEY, "k")).status(),
                "keys are per operator");
        for (String bad : List.of("has space", "x".repeat(129), "a/b")) {
            assertEquals("GS-REQ-INVALID-FIELD", send(editor, "POST", "/api/v1/organisations", Content.organisation("c"),
                    Map.of(KEY, bad)).code(), bad);
        }
    }

    @Test
    void aRefusedWriteDoesNotUseUpItsKey() {
        content.create("/api/v1/organisations", Content.organisation("hz"));
        Map<String, Object> body = Content.with(Content.organisation("hz"), "name", "杭州");
        assertEquals("GS-CONFLICT-ETAG", send(editor, "PUT", "/api/v1/organisations/hz", body,
                Map.of("If-Match", "\"7\"", KEY, "retry")).code());
        assertEquals("GS-REQ-INVALID-FIELD", send(editor, "POST", "/api/v1/organisations",
                Content.with(Content.organisation("x"), "kind", "NONE"), Map.of(KEY, "retry-2")).code());
        assertEquals(201, send(editor, "POST", "/api/v1/organisations", Content.organisation("x"), Map.of(KEY, "retry-2")).status());
    }

    @Test
    void operatorWritesAreIdempotentToo() throws Exception {
        ApiClient.Session admin = client.login(test.admin);
        Map<String, Object> body = Map.of("name", "li.na", "publicKey", Sm2KeyPair.generate().publicKey().toPem(),
                "password", "long enough", "roles", List.of("auditor"));
        assertEquals(201, send(admin, "POST", "/api/v1/operators", body, Map.of(KEY, "op-1")).status());
        ApiClient.Reply again = send(admin, "POST", "/api/v1/operators", body, Map.of(KEY, "op-1"));
        assertEquals(201, again.status(), "not \"exists already\"");
        assertEquals("true", again.header(Idempotency.REPLAYED));
        assertEquals(2, logged("operator.create"), "zhang.wei's registration and li.na's, once");
    }

    @Test
    void theKeyIsSigned() {
        Map<String, String> headers = new LinkedHashMap<>(Map.of(KEY, "signed-1"));
        byte[] body = TestServer.json(Content.organisation("x"));
        editor.signer().sign("POST", "/api/v1/organisations", headers, body);
        headers.put(KEY, "signed-2");
        assertEquals("GS-AUTH-BAD-SIGNATURE", client.send("POST", "/api/v1/organisations", headers, body).code());
    }

    @Test
    void concurrentRepeatsApplyOnceAndAllGetTheSameAnswer() throws Exception {
        int senders = 6;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            Map<String, Object> body = Content.with(Content.organisation("x"), "id", null);
            for (int i = 0; i < senders; i++) {
                replies.add(pool.submit(() -> send(editor, "POST", "/api/v1/organisations", body, Map.of(KEY, "same"))));
            }
            HashSet<String> answers = new HashSet<>();
            for (Future<ApiClient.Reply> reply : replies) {
                assertEquals(201, reply.get().status(), reply.get()::text);
                answers.add(reply.get().text());
            }
            assertEquals(1, answers.size(), answers::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestServer.list(content.get("/api/v1/organisations"), "organisations").size());
        assertEquals(1, logged("organisation.create"));
    }
}
