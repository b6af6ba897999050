package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.ResponseVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerInfoTest {
    @TempDir
    Path folder;
    private TestServer test;

    @BeforeEach
    void start() {
        test = TestServer.withAdministrator(folder);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void listensOnLoopbackWithAFreePort() {
        assertEquals("127.0.0.1", test.server.uri().getHost());
        assertFalse(test.server.uri().getPort() == 0);
    }

    @Test
    void healthAndVersionAreSignedWithTheServerKey() {
        ApiClient.Reply health = test.client.unsigned("GET", "/api/v1/health", new byte[0]);
        assertEquals(200, health.status());
        assertEquals("UP", TestServer.parse(health).get("status"));
        ApiClient.Reply version = test.client.unsigned("GET", "/api/v1/version", new byte[0]);
        assertEquals(200, version.status());
        assertEquals(Map.of("server", "1.0.0", "protocol", 1, "schema", 16), TestServer.parse(version));
    }

    @Test
    void healthWithoutNonceIsSignedForTheZeroNonce() {
        ApiClient.Reply health = test.client.send("GET", "/api/v1/health", new HashMap<>(), new byte[0]);
        assertEquals(200, health.status());
    }

    @Test
    void serverKeyIsThePemOfTheKeyTheResponsesAreSignedWith() {
        ApiClient.Reply key = test.client.unsigned("GET", "/api/v1/server-key", new byte[0]);
        assertEquals(200, key.status());
        assertEquals("application/x-pem-file", key.header("Content-Type"));
        assertEquals(test.server.serverKey(), Sm2PublicKey.fromPem(key.text()));
    }

    @Test
    void aResponseDoesNotVerifyAgainstAnotherKeyOrWithAnotherBody() {
        Map<String, String> headers = new HashMap<>(Map.of(ProtocolHeaders.NONCE, "0123456789abcdef0123456789abcdef"));
        ApiClient.Reply reply = test.client.send("GET", "/api/v1/health", headers, new byte[0]);
        Sm2PublicKey other = Sm2KeyPair.generate().publicKey();
        assertEquals("GS-RESP-BAD-SIGNATURE", ResponseVerifier.pinned(other, KeyFingerprint.of(other))
                .verify(reply.status(), "0123456789abcdef0123456789abcdef", reply.headers(), reply.body()).error().code());
        ResponseVerifier pinned = ResponseVerifier.pinned(test.server.serverKey(), test.client.fingerprint());
        assertEquals("GS-RESP-BODY-DIGEST", pinned.verify(reply.status(), "0123456789abcdef0123456789abcdef",
                reply.headers(), "{\"status\":\"DOWN\"}".getBytes()).error().code());
        assertEquals("GS-RESP-BAD-SIGNATURE", pinned.verify(reply.status(), "ffffffffffffffffffffffffffffffff",
                reply.headers(), reply.body()).error().code());
    }

    @Test
    void unknownEndpointsAndPathsOutsideTheApiAreNotFound() {
        assertEquals("GS-REQ-NOT-FOUND", test.client.unsigned("GET", "/index.html", new byte[0]).code());
        ApiClient.Reply reply = test.client.signed(test.client.login(test.admin), "GET", "/api/v1/nothing", new byte[0]);
        assertEquals(404, reply.status());
        assertEquals("GS-REQ-NOT-FOUND", reply.code());
    }

    @Test
    void anyOperatorSeesTheStatus() {
        long before = Instant.now().getEpochSecond();
        ApiClient.Session editor = test.client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR));
        Content content = new Content(test.client, editor);
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        content.create("/api/v1/sites/s1/columns", Content.column("news", null, "news"));

        ApiClient.Session auditor = test.client.login(test.addOperator("wang.fang", Role.AUDITOR));
        ApiClient.Reply reply = test.client.signed(auditor, "GET", "/api/v1/status", Content.NO_BODY);
        assertEquals(200, reply.status(), reply::text);
        Map<String, Object> status = TestServer.parse(reply);
        assertEquals("1.0.0", status.get("server"));
        assertEquals(1, status.get("protocol"));
        assertEquals(16, status.get("schema"));
        assertEquals("H2", status.get("database"));
        assertEquals(3, status.get("changeFeedHead"));
        assertEquals(3, status.get("operators"));
        assertEquals(1, status.get("sites"));
        assertEquals(0, status.get("articles"));
        long startedAt = ((Number) status.get("startedAt")).longValue();
        assertTrue(startedAt <= before + 1 && startedAt > before - 600, () -> startedAt + " vs " + before);
        assertEquals("GS-AUTH-MISSING-HEADER", test.client.unsigned("GET", "/api/v1/status", Content.NO_BODY).code());
    }
}
