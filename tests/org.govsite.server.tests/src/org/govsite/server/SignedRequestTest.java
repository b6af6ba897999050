package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.ProtocolHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a signed request can be wrong gets its documented code, a right one is accepted once, and each answer is
 * authenticated the documented way.
 */
class SignedRequestTest {
    private static final byte[] ORGANISATION = "{\"name\":\"杭州市人民政府\",\"kind\":\"GOVERNMENT\",\"divisionCode\":\"330100\"}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;
    private TestServer test;
    private ApiClient client;
    private ApiClient.Session editor;

    @BeforeEach
    void start() {
        test = TestServer.withAdministrator(folder);
        client = test.client;
        editor = client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR));
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void aSignedRequestIsAcceptedAndItsReplayRefused() {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
        editor.signer().sign("POST", "/api/v1/organisations", headers, ORGANISATION);
        assertEquals(201, client.send("POST", "/api/v1/organisations", headers, ORGANISATION).status());
        ApiClient.Reply replay = client.send("POST", "/api/v1/organisations", headers, ORGANISATION);
        assertEquals(401, replay.status());
        assertEquals("GS-AUTH-REPLAY", replay.code());
        assertEquals(1, TestServer.list(client.signed(editor, "GET", "/api/v1/organisations", new byte[0]), "organisations").size());
    }

    @Test
    void ordinaryAnswersCarryTheSessionsMacTheOthersTheServersSignature() {
        assertMaced(client.signed(editor, "POST", "/api/v1/organisations", ORGANISATION), 201);
        assertMaced(client.signed(editor, "GET", "/api/v1/log", new byte[0]), 403);
        assertSigned(client.signed(editor, "GET", "/api/v1/organisations", new byte[0], null, headers -> {
            headers.put(ProtocolHeaders.SESSION, "gs_sess_00000000000000000000000000000000");
            return headers;
        }), 401);
        assertSigned(client.unsigned("GET", "/api/v1/health", new byte[0]), 200);
        ApiClient.Session admin = client.login(test.admin);
        assertSigned(client.signed(admin, "PUT", "/api/v1/operators/zhang.wei/roles",
                TestServer.json(Map.of("roles", List.of("content-reviewer"))), Map.of(), test.admin.key()), 200);
    }

    private static void assertMaced(ApiClient.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::text);
        assertTrue(reply.header(ProtocolHeaders.SERVER_MAC).matches("[0-9a-f]{64}"), reply.headers()::toString);
        assertNull(reply.header(ProtocolHeaders.SERVER_SIGNATURE), reply.headers()::toString);
    }

    private static void assertSigned(ApiClient.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::text);
        assertNull(reply.header(ProtocolHeaders.SERVER_MAC), reply.headers()::toString);
        assertNotNull(reply.header(ProtocolHeaders.SERVER_SIGNATURE), reply.headers()::toString);
    }

    @Test
    void aTamperedBodyIsRefused() {
        Map<String, String> headers = new LinkedHashMap<>();
        editor.signer().sign("POST", "/api/v1/organisations", headers, ORGANISATION);
        byte[] tampered = new String(ORGANISATION, StandardCharsets.UTF_8).replace("330100", "330200")
                .getBytes(StandardCharsets.UTF_8);
        ApiClient.Reply reply = client.send("POST", "/api/v1/organisations", headers, tampered);
        assertEquals(400, reply.status());
        assertEquals("GS-AUTH-BODY-DIGEST", reply.code());
    }

    @Test
    void aTamperedBodyWithAMatchingDigestHeaderBreaksTheSignature() {
        byte[] tampered = "{\"name\":\"冒充\",\"kind\":\"GOVERNMENT\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        editor.signer().sign("POST", "/api/v1/organisations", headers, ORGANISATION);
        headers.put(ProtocolHeaders.CONTENT_SM3, Sm3.digestHex(tampered));
        ApiClient.Reply reply = client.send("POST", "/api/v1/organisations", headers, tampered);
        assertEquals(401, reply.status());
        assertEquals("GS-AUTH-BAD-SIGNATURE", reply.code());
    }

    @Test
    void tamperedHeadersAreRefused() {
        ApiClient.Reply ifMatch = client.signed(editor, "DELETE", "/api/v1/organisations/x", new byte[0], "\"3\"", headers -> {
            headers.put(ProtocolHeaders.IF_MATCH, "\"4\"");
            return headers;
        });
        assertEquals("GS-AUTH-BAD-SIGNATURE", ifMatch.code());
        ApiClient.Reply timestamp = client.signed(editor, "GET", "/api/v1/organisations", new byte[0], null, headers -> {
            headers.put(ProtocolHeaders.TIMESTAMP, Long.toString(Long.parseLong(headers.get(ProtocolHeaders.TIMESTAMP)) - 1));
            return headers;
        });
        assertEquals("GS-AUTH-BAD-SIGNATURE", timestamp.code());
        ApiClient.Reply missing = client.signed(editor, "GET", "/api/v1/organisations", new byte[0], null, headers -> {
            headers.remove(ProtocolHeaders.NONCE);
            return headers;
        });
        assertEquals(401, missing.status());
        assertEquals("GS-AUTH-MISSING-HEADER", missing.code());
        ApiClient.Reply malformed = client.signed(editor, "GET", "/api/v1/organisations", new byte[0], null, headers -> {
            headers.put(ProtocolHeaders.AUTHORIZATION, "Bearer x");
            return headers;
        });
        assertEquals("GS-AUTH-MALFORMED-HEADER", malformed.code());
    }

    @Test
    void timestampsOutsideTheWindowAreRefused() {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(6)), ZoneOffset.UTC);
        Clock future = Clock.fixed(Instant.now().plus(Duration.ofMinutes(6)), ZoneOffset.UTC);
        Map<String, String> old = new LinkedHashMap<>();
        ApiClient.signerAt(editor, past).sign("GET", "/api/v1/organisations", old, new byte[0]);
        assertEquals("GS-AUTH-EXPIRED", client.send("GET", "/api/v1/organisations", old, new byte[0]).code());
        Map<String, String> ahead = new LinkedHashMap<>();
        ApiClient.signerAt(editor, future).sign("GET", "/api/v1/organisations", ahead, new byte[0]);
        assertEquals("GS-AUTH-FUTURE", client.send("GET", "/api/v1/organisations", ahead, new byte[0]).code());
    }

    @Test
    void anUnknownSessionOrAnotherOperatorsSessionIsRefused() {
        ApiClient.Reply unknown = client.signed(editor, "GET", "/api/v1/organisations", new byte[0], null, headers -> {
            headers.put(ProtocolHeaders.SESSION, "gs_sess_00000000000000000000000000000000");
            return headers;
        });
        assertEquals("GS-AUTH-UNKNOWN-SESSION", unknown.code());
        ApiClient.Reply borrowed = client.signed(editor, "GET", "/api/v1/organisations", new byte[0], null, headers -> {
            headers.put(ProtocolHeaders.OPERATOR, test.admin.name());
            return headers;
        });
        assertEquals("GS-AUTH-UNKNOWN-SESSION", borrowed.code());
    }

    @Test
    void rolesAreEnforced() {
        ApiClient.Session admin = client.login(test.admin);
        ApiClient.Reply adminEdits = client.signed(admin, "POST", "/api/v1/organisations", ORGANISATION);
        assertEquals(403, adminEdits.status());
        assertEquals("GS-AUTH-ROLE", adminEdits.code());
        assertEquals("GS-AUTH-ROLE", client.signed(editor, "GET", "/api/v1/log", new byte[0]).code());
        assertEquals("GS-AUTH-ROLE", client.signed(editor, "POST", "/api/v1/operators", "{}".getBytes()).code());
        ApiClient.Session reviewer = client.login(test.addOperator("reviewer.wang", Role.CONTENT_REVIEWER));
        assertEquals(200, client.signed(reviewer, "GET", "/api/v1/organisations", new byte[0]).status());
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "POST", "/api/v1/organisations", ORGANISATION).code());
    }

    @Test
    void malformedJsonAndInvalidFieldsAreRefused() {
        ApiClient.Reply malformed = client.signed(editor, "POST", "/api/v1/organisations", "{\"name\":\"x\",".getBytes());
        assertEquals(400, malformed.status());
        assertEquals("GS-REQ-MALFORMED-JSON", malformed.code());
        assertEquals("GS-REQ-MALFORMED-JSON", client.signed(editor, "POST", "/api/v1/organisations",
                "{\"name\":\"x\",\"kind\":\"GOVERNMENT\",\"colour\":1}".getBytes()).code());
        assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "POST", "/api/v1/organisations",
                "{\"name\":\"x\",\"kind\":\"CITY\"}".getBytes()).code());
    }

    @Test
    void anOversizedBodyIsRefusedSignedOrNot() {
        byte[] big = new byte[ServerConfig.DEFAULT_MAX_BODY_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        ApiClient.Reply signed = client.signed(editor, "POST", "/api/v1/organisations", big);
        assertEquals(413, signed.status());
        assertEquals("GS-REQ-TOO-LARGE", signed.code());
        assertEquals("GS-REQ-TOO-LARGE", client.unsigned("POST", "/api/v1/session", big).code());
    }
}
