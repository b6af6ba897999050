package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.crypto.HmacSm3;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2Signer;
import org.govsite.crypto.Sm3;
import org.govsite.protocol.CanonicalResponse;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.RequestSigner;
import org.govsite.protocol.ResponseSigner;
import org.govsite.protocol.ResponseVerifier;
import org.govsite.protocol.SessionCredentials;
import org.govsite.protocol.Verdict;
import org.junit.jupiter.api.Test;

/** Server response signatures and MACs, and the client's pinned server key. */
class ResponseTest {
    private static final Sm2KeyPair SERVER = Sm2KeyPair.generate();
    private static final String NONCE = "0123456789abcdef0123456789abcdef";
    private static final byte[] SESSION_KEY = Sm3.digest("ResponseTest session key".getBytes(StandardCharsets.UTF_8));
    private static final byte[] BODY = "{\"id\":\"zj-nb-0007\",\"名称\":\"宁波\"}".getBytes(StandardCharsets.UTF_8);

    private final ResponseSigner signer = new ResponseSigner(() -> Sm2Signer.forSigning(SERVER.privateKey()),
            Clock.fixed(Instant.ofEpochSecond(1_795_510_816L), ZoneOffset.UTC));
    private final ResponseVerifier verifier = ResponseVerifier.pinned(SERVER.publicKey(), KeyFingerprint.of(SERVER.publicKey()));

    @Test
    void acceptsASignedResponse() {
        Map<String, String> headers = sign(200, BODY);

        assertEquals("1795510816", headers.get(ProtocolHeaders.TIMESTAMP));
        assertEquals(Sm3.digestHex(BODY), headers.get(ProtocolHeaders.CONTENT_SM3));
        assertTrue(verifier.verify(200, NONCE, headers, BODY).accepted());
    }

    @Test
    void signsOnEachThreadWithItsOwnSignerAndEverySignatureVerifies() throws Exception {
        Set<Sm2Signer> made = ConcurrentHashMap.newKeySet();
        ResponseSigner perThread = new ResponseSigner(() -> {
            Sm2Signer fresh = Sm2Signer.forSigning(SERVER.privateKey());
            made.add(fresh);
            return fresh;
        }, Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> verdicts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                byte[] body = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
                verdicts.add(pool.submit(() -> {
                    Map<String, String> headers = new LinkedHashMap<>();
                    perThread.sign(200, NONCE, headers, body);
                    return verifier.verify(200, NONCE, headers, body).accepted();
                }));
            }
            for (Future<Boolean> verdict : verdicts) {
                assertTrue(verdict.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(4, made.size(), "one signer per pool thread (a fixed pool starts a thread per first task)");
    }

    @Test
    void rejectsATamperedBody() {
        Map<String, String> headers = sign(200, BODY);
        byte[] tampered = "{\"id\":\"zj-nb-0008\"}".getBytes(StandardCharsets.UTF_8);

        assertRejected(ErrorCode.RESP_BODY_DIGEST, verifier.verify(200, NONCE, headers, tampered));

        headers.put(ProtocolHeaders.CONTENT_SM3, Sm3.digestHex(tampered));
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, NONCE, headers, tampered));
    }

    @Test
    void rejectsAnotherStatusNonceOrTimestamp() {
        Map<String, String> headers = sign(200, BODY);

        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(201, NONCE, headers, BODY));
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, "f".repeat(32), headers, BODY));
        headers.put(ProtocolHeaders.TIMESTAMP, "1795510817");
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, NONCE, headers, BODY));
    }

    @Test
    void rejectsAMissingOrForeignSignature() {
        Map<String, String> missing = sign(200, BODY);
        missing.remove(ProtocolHeaders.SERVER_SIGNATURE);
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, NONCE, missing, BODY));

        Map<String, String> foreign = new LinkedHashMap<>();
        Sm2KeyPair impostor = Sm2KeyPair.generate();
        new ResponseSigner(() -> Sm2Signer.forSigning(impostor.privateKey()), Clock.systemUTC())
                .sign(200, NONCE, foreign, BODY);
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, NONCE, foreign, BODY));
    }

    @Test
    void signsErrorResponsesAndEmptyBodies() {
        Map<String, String> headers = sign(412, new byte[0]);

        assertTrue(verifier.verify(412, NONCE, headers, new byte[0]).accepted());
    }

    @Test
    void acceptsTheAnswerToASessionsRequestMacedWithItsKey() {
        Map<String, String> headers = mac(200, BODY, SESSION_KEY);

        assertFalse(headers.containsKey(ProtocolHeaders.SERVER_SIGNATURE));
        assertEquals(HexFormat.of().formatHex(HmacSm3.mac(SESSION_KEY, CanonicalResponse.of(200, NONCE,
                1_795_510_816L, BODY).bytes())), headers.get(ProtocolHeaders.SERVER_MAC));
        assertTrue(verifier.verify(200, NONCE, headers, BODY, session(SESSION_KEY)).accepted());
        assertTrue(verifier.verify(200, NONCE, sign(200, BODY), BODY, session(SESSION_KEY)).accepted(),
                "a session's request may be answered with the server's signature (high-risk operations)");
    }

    @Test
    void rejectsAMacOfAnotherSessionStatusNonceOrBody() {
        Map<String, String> headers = mac(200, BODY, SESSION_KEY);
        byte[] otherKey = SESSION_KEY.clone();
        otherKey[0] ^= 1;

        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, NONCE, headers, BODY, session(otherKey)));
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(404, NONCE, headers, BODY, session(SESSION_KEY)));
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE,
                verifier.verify(200, "f".repeat(32), headers, BODY, session(SESSION_KEY)));
        byte[] forged = "{\"id\":\"zj-nb-0008\"}".getBytes(StandardCharsets.UTF_8);
        headers.put(ProtocolHeaders.CONTENT_SM3, Sm3.digestHex(forged));
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, NONCE, headers, forged, session(SESSION_KEY)));
    }

    @Test
    void rejectsAMacWithoutASessionAndAnswersWithNeitherOrBoth() {
        Map<String, String> maced = mac(200, BODY, SESSION_KEY);
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, NONCE, maced, BODY));

        Map<String, String> both = sign(200, BODY);
        both.put(ProtocolHeaders.SERVER_MAC, maced.get(ProtocolHeaders.SERVER_MAC));
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, NONCE, both, BODY, session(SESSION_KEY)));

        maced.put(ProtocolHeaders.SERVER_MAC, maced.get(ProtocolHeaders.SERVER_MAC).toUpperCase());
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, NONCE, maced, BODY, session(SESSION_KEY)));
        maced.remove(ProtocolHeaders.SERVER_MAC);
        assertRejected(ErrorCode.RESP_BAD_SIGNATURE, verifier.verify(200, NONCE, maced, BODY, session(SESSION_KEY)));
    }

    @Test
    void refusesAServerKeyOtherThanThePinnedOne() {
        Sm2KeyPair impostor = Sm2KeyPair.generate();

        ProtocolException e = assertThrows(ProtocolException.class,
                () -> ResponseVerifier.pinned(impostor.publicKey(), KeyFingerprint.of(SERVER.publicKey())));

        assertEquals(ErrorCode.RESP_SERVER_KEY_MISMATCH, e.errorCode());
        assertThrows(ProtocolException.class, () -> ResponseVerifier.pinned(SERVER.publicKey(),
                KeyFingerprint.of(SERVER.publicKey()).toUpperCase()));
    }

    @Test
    void fingerprintIsSm3OfTheSubjectPublicKeyInfo() {
        String fingerprint = KeyFingerprint.of(SERVER.publicKey());

        assertEquals(Sm3.digestHex(SERVER.publicKey().toDer()), fingerprint);
        assertTrue(fingerprint.matches("[0-9a-f]{64}"));
        assertTrue(KeyFingerprint.matches(SERVER.publicKey(), fingerprint));
    }

    private Map<String, String> mac(int status, byte[] body, byte[] sessionKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        signer.authenticate(status, NONCE, headers, body,
                new SessionCredentials("zhang.wei", sessionKey, SERVER.publicKey()));
        return headers;
    }

    private static RequestSigner session(byte[] sessionKey) {
        return new RequestSigner("zhang.wei", "gs_sess_7f3a9c21d4e86b05", sessionKey);
    }

    private Map<String, String> sign(int status, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        signer.sign(status, NONCE, headers, body);
        return headers;
    }

    private static void assertRejected(ErrorCode expected, Verdict verdict) {
        assertEquals(expected, verdict.error(), verdict::toString);
    }
}
