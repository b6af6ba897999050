package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.crypto.HmacSm3;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2Signer;
import org.govsite.crypto.Sm3;
import org.govsite.protocol.CanonicalRequest;
import org.govsite.protocol.CanonicalResponse;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.LoginProof;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.RequestSigner;
import org.govsite.protocol.ResponseSigner;
import org.govsite.protocol.ResponseVerifier;
import org.govsite.protocol.SessionCredentials;
import org.govsite.protocol.SessionKeyWrap;
import org.junit.jupiter.api.Test;

/** Recomputes in Java every value of the worked example in docs/protocol.md from its inputs there. */
class WorkedExampleTest {
    private final DocumentedExample doc = DocumentedExample.get();
    private final Sm2PrivateKey operatorKey = Sm2PrivateKey.fromPem(doc.file("operator-key.pem"));
    private final Sm2PrivateKey serverKey = Sm2PrivateKey.fromPem(doc.file("server-key.pem"));
    private final byte[] sessionKey = HexFormat.of().parseHex(doc.file("session-key.hex"));

    @Test
    void keysAreTheDocumentedOnes() {
        assertArrayEquals(Sm3.digest(ascii("GovSite example operator key")), operatorKey.toScalar());
        assertArrayEquals(Sm3.digest(ascii("GovSite example server key")), serverKey.toScalar());
        assertArrayEquals(Sm3.digest(ascii("GovSite example session key")), sessionKey);
        assertEquals(doc.file("operator-pub.pem"), operatorKey.publicKey().toPem().strip());
        assertEquals(doc.file("server-pub.pem"), serverKey.publicKey().toPem().strip());
        assertEquals(doc.file("server.fingerprint"), KeyFingerprint.of(serverKey.publicKey()));
    }

    @Test
    void passwordVerifier() {
        String stored = doc.file("password.verifier");

        assertTrue(PasswordVerifier.verify(doc.file("password.txt").toCharArray(), stored));
        assertFalse(PasswordVerifier.verify((doc.file("password.txt") + " ").toCharArray(), stored));
        assertFalse(PasswordVerifier.needsRehash(stored));
    }

    @Test
    void loginProofAndSignature() {
        String[] lines = doc.file("login.txt").split("\n");
        LoginProof proof = new LoginProof(lines[1], lines[2], Long.parseLong(lines[3]),
                KeyFingerprint.of(serverKey.publicKey()));
        assertEquals(doc.file("login.txt"), proof.canonicalString());
        byte[] signature = proof.sign(Sm2Signer.forSigning(operatorKey, Sm2Signer.DEFAULT_USER_ID, new ExampleRandom("login")));
        assertEquals(doc.file("login-signature.b64"), Base64.getEncoder().encodeToString(signature));
        assertTrue(proof.verify(operatorKey.publicKey(), signature));
    }

    @Test
    void wrappedSessionKey() {
        String wrapped = SessionKeyWrap.wrap(sessionKey, operatorKey.publicKey(), new ExampleRandom("session-key"));
        assertEquals(doc.file("session-key.wrapped.b64"), wrapped);
        assertArrayEquals(sessionKey, SessionKeyWrap.unwrap(doc.file("session-key.wrapped.b64"), operatorKey));
    }

    @Test
    void putRequest() {
        Map<String, String> documented = doc.headers("put-headers.txt");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ProtocolHeaders.IF_MATCH, documented.get(ProtocolHeaders.IF_MATCH));
        CanonicalRequest canonical = signerFor(documented).sign("PUT", doc.file("put-target.txt"), headers,
                doc.bytes("body.json"));
        assertEquals(doc.file("body.sm3"), Sm3.digestHex(doc.bytes("body.json")));
        assertEquals(doc.file("canonical-put.txt"), canonical.toString());
        assertEquals(doc.file("put.hmac"), HexFormat.of().formatHex(HmacSm3.mac(sessionKey, canonical.bytes())));
        assertEquals(documented, headers);
    }

    @Test
    void highRiskDeleteRequest() {
        Map<String, String> documented = doc.headers("delete-headers.txt");
        Map<String, String> headers = new LinkedHashMap<>();
        CanonicalRequest canonical = signerFor(documented).sign("DELETE", doc.file("delete-target.txt"), headers,
                new byte[0], Sm2Signer.forSigning(operatorKey, Sm2Signer.DEFAULT_USER_ID, new ExampleRandom("delete")));
        assertEquals(doc.file("canonical-delete.txt"), canonical.toString());
        assertEquals(documented, headers);
    }

    @Test
    void answerToTheSessionsRequestIsMacedWithTheSessionKey() {
        ResponseSigner noSm2 = new ResponseSigner(() -> {
            throw new AssertionError("no SM2 signature for a session's ordinary request");
        }, fixedClock(doc.headers("response-headers.txt").get(ProtocolHeaders.TIMESTAMP)));
        assertDocumentedAnswer("put-headers.txt", "response", (nonce, headers, body) -> noSm2.authenticate(200, nonce,
                headers, body, new SessionCredentials("zhang.wei", sessionKey, operatorKey.publicKey())));
    }

    @Test
    void answerToTheHighRiskRequestIsSignedWithTheServerKey() {
        ResponseSigner sm2 = new ResponseSigner(
                () -> Sm2Signer.forSigning(serverKey, Sm2Signer.DEFAULT_USER_ID, new ExampleRandom("response")),
                fixedClock(doc.headers("delete-response-headers.txt").get(ProtocolHeaders.TIMESTAMP)));
        assertDocumentedAnswer("delete-headers.txt", "delete-response", (nonce, headers, body) -> sm2.sign(200, nonce,
                headers, body));
    }

    /** Authenticates a documented answer to a documented request. */
    @FunctionalInterface
    private interface Answering {
        CanonicalResponse answer(String requestNonce, Map<String, String> headers, byte[] body);
    }

    /**
     * Checks that {@code answering} gives the documented canonical response ({@code <answer>.txt} with
     * {@code canonical-} before it) and headers ({@code <answer>-headers.txt}) for the body
     * ({@code <answer>-body.json}), and that the client accepts them.
     */
    private void assertDocumentedAnswer(String requestHeaders, String answer, Answering answering) {
        Map<String, String> documented = doc.headers(answer + "-headers.txt");
        Map<String, String> request = doc.headers(requestHeaders);
        String requestNonce = request.get(ProtocolHeaders.NONCE);
        byte[] body = doc.bytes(answer + "-body.json");
        Map<String, String> headers = new LinkedHashMap<>();
        assertEquals(doc.file("canonical-" + answer + ".txt"), answering.answer(requestNonce, headers, body).toString());
        assertEquals(documented, headers);
        assertTrue(ResponseVerifier.pinned(serverKey.publicKey(), doc.file("server.fingerprint"))
                .verify(200, requestNonce, documented, body, signerFor(request)).accepted());
    }

    private RequestSigner signerFor(Map<String, String> documentedHeaders) {
        String nonce = documentedHeaders.get(ProtocolHeaders.NONCE);
        return new RequestSigner(documentedHeaders.get(ProtocolHeaders.OPERATOR),
                documentedHeaders.get(ProtocolHeaders.SESSION), sessionKey,
                fixedClock(documentedHeaders.get(ProtocolHeaders.TIMESTAMP)), () -> nonce);
    }

    private static Clock fixedClock(String epochSeconds) {
        return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epochSeconds)), ZoneOffset.UTC);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
