package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2Signer;
import org.govsite.crypto.Sm3;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.HighRiskOperations;
import org.govsite.protocol.NonceSource;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.ReplayPolicy;
import org.govsite.protocol.RequestSigner;
import org.govsite.protocol.RequestVerifier;
import org.govsite.protocol.SessionKeyWrap;
import org.govsite.protocol.Verdict;
import org.junit.jupiter.api.Test;

/** Every acceptance and rejection of {@link RequestVerifier}, on requests made by {@link RequestSigner}. */
class RequestVerifierTest {
    private static final long SIGNED_AT = 1_795_510_815L;
    private static final String OPERATOR = "li.na";
    private static final String SESSION = "session_0123456789abcdef";
    private static final String TARGET = "/api/v1/sites/zj-nb-0007?lang=zh-CN&fields=name";
    private static final byte[] BODY = "{\"name\":\"宁波市人民政府门户网站\"}".getBytes(StandardCharsets.UTF_8);
    private static final Sm2KeyPair OPERATOR_KEYS = Sm2KeyPair.generate();

    private final byte[] sessionKey = SessionKeyWrap.newSessionKey();
    private final TestSessions sessions = new TestSessions().add(SESSION, OPERATOR, sessionKey, OPERATOR_KEYS.publicKey());
    private final RequestSigner signer = new RequestSigner(OPERATOR, SESSION, sessionKey, clockAt(SIGNED_AT),
            NonceSource.secure());

    @Test
    void acceptsASignedRequestAndRemembersItsNonceForTheWindow() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);

        Verdict verdict = verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY);

        assertTrue(verdict.accepted(), verdict::toString);
        assertEquals(OPERATOR, verdict.operator());
        assertArrayEquals(sessionKey, verdict.answerSession().sessionKey(), "the answer is MACed with the session key");
        verdict.answerSession().destroy();
        Verdict next = verifyAt(SIGNED_AT, "PUT", TARGET, sign("PUT", TARGET, BODY), BODY);
        assertTrue(next.accepted(), "destroying the verdict's copy leaves the session's key intact: " + next);
        String nonce = headers.get(ProtocolHeaders.NONCE);
        assertTrue(sessions.seen(nonce));
        assertEquals(Instant.ofEpochSecond(SIGNED_AT + 300), sessions.rememberedUntil(nonce));
    }

    @Test
    void headerNamesAreCaseInsensitiveAndQueryOrderDoesNotMatter() {
        Map<String, String> headers = new LinkedHashMap<>();
        sign("PUT", TARGET, BODY).forEach((name, value) -> headers.put(name.toLowerCase(), " " + value + "\t"));

        assertAccepted(verifyAt(SIGNED_AT, "PUT", "/api/v1/sites/zj-nb-0007?fields=name&lang=zh-CN", headers, BODY));
    }

    @Test
    void rejectsATamperedBody() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);
        byte[] tampered = "{\"name\":\"宁波市人民政府\"}".getBytes(StandardCharsets.UTF_8);

        assertRejected(ErrorCode.AUTH_BODY_DIGEST, verifyAt(SIGNED_AT, "PUT", TARGET, headers, tampered));
    }

    @Test
    void rejectsATamperedBodyWithAMatchingDigestHeader() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);
        byte[] tampered = "{\"name\":\"宁波市人民政府\"}".getBytes(StandardCharsets.UTF_8);
        headers.put(ProtocolHeaders.CONTENT_SM3, Sm3.digestHex(tampered));

        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "PUT", TARGET, headers, tampered));
    }

    @Test
    void rejectsATamperedSignedHeader() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);
        headers.put(ProtocolHeaders.TIMESTAMP, Long.toString(SIGNED_AT + 1));

        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY));
    }

    @Test
    void rejectsATamperedAddedOrRemovedOptionalSignedHeader() {
        for (String name : ProtocolHeaders.SIGNED_OPTIONAL) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(name, "\"7\"");
            signer.sign("PUT", TARGET, headers, BODY);
            assertAccepted(verifyAt(SIGNED_AT, "PUT", TARGET, new LinkedHashMap<>(headers), BODY));

            Map<String, String> changed = new LinkedHashMap<>(headers);
            changed.put(name, "\"9\"");
            assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "PUT", TARGET, changed, BODY));
            Map<String, String> removed = new LinkedHashMap<>(headers);
            removed.remove(name);
            assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "PUT", TARGET, removed, BODY));
            Map<String, String> added = sign("PUT", TARGET, BODY);
            added.put(name, "*");
            assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "PUT", TARGET, added, BODY));
        }
    }

    @Test
    void rejectsATamperedNonce() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);
        headers.put(ProtocolHeaders.NONCE, "0".repeat(32));

        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY));
    }

    @Test
    void rejectsATamperedMethodPathOrQuery() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);

        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "POST", TARGET, headers, BODY));
        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE,
                verifyAt(SIGNED_AT, "PUT", TARGET.replace("zj-nb-0007", "zj-nb-0008"), headers, BODY));
        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "PUT", TARGET + "&force=true", headers, BODY));
        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE,
                verifyAt(SIGNED_AT, "PUT", TARGET.replace("lang=zh-CN", "lang=en"), headers, BODY));
        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE,
                verifyAt(SIGNED_AT, "PUT", TARGET.substring(0, TARGET.indexOf('?')), headers, BODY));
    }

    @Test
    void aPlusInTheQueryIsASpaceNotAnEncodedPlus() {
        Map<String, String> headers = sign("GET", "/api/v1/search?q=a+b", new byte[0]);

        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "GET", "/api/v1/search?q=a%2Bb", headers, new byte[0]));
        assertAccepted(verifyAt(SIGNED_AT, "GET", "/api/v1/search?q=a%20b", headers, new byte[0]));
    }

    @Test
    void rejectsAReplayedNonce() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);
        assertAccepted(verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY));

        assertRejected(ErrorCode.AUTH_REPLAY, verifyAt(SIGNED_AT + 10, "PUT", TARGET, headers, BODY));
    }

    @Test
    void ofConcurrentCopiesOfARequestExactlyOneIsAccepted() throws Exception {
        Map<String, String> headers = sign("PUT", TARGET, BODY);
        RequestVerifier verifier = new RequestVerifier(sessions, sessions, ReplayPolicy.standard(), HighRiskOperations.V1,
                clockAt(SIGNED_AT));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Verdict>> verdicts = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                verdicts.add(pool.submit(() -> verifier.verify("PUT", TARGET, new LinkedHashMap<>(headers), BODY)));
            }
            int accepted = 0;
            for (Future<Verdict> verdict : verdicts) {
                if (verdict.get().accepted()) {
                    accepted++;
                } else {
                    assertEquals(ErrorCode.AUTH_REPLAY, verdict.get().error());
                }
            }
            assertEquals(1, accepted);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDestroyedSignerMakesWorthlessSignatures() {
        RequestSigner destroyed = new RequestSigner(OPERATOR, SESSION, sessionKey, clockAt(SIGNED_AT), NonceSource.secure());
        destroyed.destroy();
        Map<String, String> headers = new LinkedHashMap<>();
        destroyed.sign("PUT", TARGET, headers, BODY);

        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY));
    }

    @Test
    void aForgedRequestDoesNotUseUpItsNonce() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);
        Map<String, String> forged = new LinkedHashMap<>(headers);
        forged.put(ProtocolHeaders.AUTHORIZATION, "GOVSITE-HMAC-SM3 Signature=" + "ab".repeat(32));

        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "PUT", TARGET, forged, BODY));
        assertFalse(sessions.seen(headers.get(ProtocolHeaders.NONCE)));
        assertAccepted(verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY));
    }

    @Test
    void acceptsTimestampsAtTheEdgesOfTheWindowAndRejectsBeyond() {
        assertAccepted(verifyAt(SIGNED_AT + 300, "PUT", TARGET, sign("PUT", TARGET, BODY), BODY));
        assertAccepted(verifyAt(SIGNED_AT - 300, "PUT", TARGET, sign("PUT", TARGET, BODY), BODY));
        assertRejected(ErrorCode.AUTH_EXPIRED, verifyAt(SIGNED_AT + 301, "PUT", TARGET, sign("PUT", TARGET, BODY), BODY));
        assertRejected(ErrorCode.AUTH_FUTURE, verifyAt(SIGNED_AT - 301, "PUT", TARGET, sign("PUT", TARGET, BODY), BODY));
    }

    @Test
    void aConfiguredWindowIsHonoured() {
        RequestVerifier strict = new RequestVerifier(sessions, sessions, new ReplayPolicy(Duration.ofSeconds(60)),
                HighRiskOperations.V1, clockAt(SIGNED_AT + 61));

        assertRejected(ErrorCode.AUTH_EXPIRED, strict.verify("PUT", TARGET, sign("PUT", TARGET, BODY), BODY));
    }

    @Test
    void rejectsAnUnknownSessionOrOneOfAnotherOperator() {
        Map<String, String> unknown = sign("PUT", TARGET, BODY);
        unknown.put(ProtocolHeaders.SESSION, "session_unknown_000000");
        assertRejected(ErrorCode.AUTH_UNKNOWN_SESSION, verifyAt(SIGNED_AT, "PUT", TARGET, unknown, BODY));

        Map<String, String> otherOperator = sign("PUT", TARGET, BODY);
        otherOperator.put(ProtocolHeaders.OPERATOR, "wang.fang");
        assertRejected(ErrorCode.AUTH_UNKNOWN_SESSION, verifyAt(SIGNED_AT, "PUT", TARGET, otherOperator, BODY));
    }

    @Test
    void rejectsASignatureMadeWithAnotherSessionKey() {
        Map<String, String> headers = new LinkedHashMap<>();
        new RequestSigner(OPERATOR, SESSION, SessionKeyWrap.newSessionKey(), clockAt(SIGNED_AT), NonceSource.secure())
                .sign("PUT", TARGET, headers, BODY);

        assertRejected(ErrorCode.AUTH_BAD_SIGNATURE, verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY));
    }

    @Test
    void rejectsEachMissingHeader() {
        for (String name : new String[] { ProtocolHeaders.OPERATOR, ProtocolHeaders.SESSION, ProtocolHeaders.TIMESTAMP,
                ProtocolHeaders.NONCE, ProtocolHeaders.CONTENT_SM3, ProtocolHeaders.AUTHORIZATION }) {
            Map<String, String> headers = sign("PUT", TARGET, BODY);
            headers.remove(name);

            Verdict verdict = verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY);

            assertRejected(ErrorCode.AUTH_MISSING_HEADER, verdict);
            assertTrue(verdict.detail().contains(name), verdict.detail());
        }
    }

    @Test
    void rejectsMalformedHeaders() {
        assertMalformed(ProtocolHeaders.NONCE, "8C1E5A7F3B9D2C40E6F1A8B7C5D3E902");
        assertMalformed(ProtocolHeaders.NONCE, "8c1e5a7f");
        assertMalformed(ProtocolHeaders.TIMESTAMP, "-1795510815");
        assertMalformed(ProtocolHeaders.TIMESTAMP, "01795510815");
        assertMalformed(ProtocolHeaders.TIMESTAMP, "1795510815000000");
        assertMalformed(ProtocolHeaders.OPERATOR, "张伟");
        assertMalformed(ProtocolHeaders.SESSION, "short");
        assertMalformed(ProtocolHeaders.CONTENT_SM3, "EDF5DB8F72B3A50380CE4A2B8D735C6C526B827142992A8B31A288C8F8CB0BCF");
        assertMalformed(ProtocolHeaders.AUTHORIZATION, "HMAC-SM3 Signature=" + "ab".repeat(32));
        assertMalformed(ProtocolHeaders.AUTHORIZATION, "GOVSITE-HMAC-SM3 Signature=" + "AB".repeat(32));
    }

    @Test
    void rejectsAProtocolHeaderSentTwice() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);
        headers.put(ProtocolHeaders.NONCE.toLowerCase(), headers.get(ProtocolHeaders.NONCE));

        assertRejected(ErrorCode.AUTH_MALFORMED_HEADER, verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY));
    }

    @Test
    void rejectsMalformedTargetsAndMethods() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);

        assertRejected(ErrorCode.REQ_MALFORMED_URI, verifyAt(SIGNED_AT, "PUT", "/api/v1/sites/%zz", headers, BODY));
        assertRejected(ErrorCode.REQ_MALFORMED_URI, verifyAt(SIGNED_AT, "PUT", "/api/v1/sites/网站", headers, BODY));
        assertRejected(ErrorCode.REQ_MALFORMED_URI, verifyAt(SIGNED_AT, "put", TARGET, headers, BODY));
        assertRejected(ErrorCode.REQ_MALFORMED_URI, verifyAt(SIGNED_AT, "TRACE", TARGET, headers, BODY));
    }

    @Test
    void highRiskOperationWithTheOperatorSignatureIsAccepted() {
        Map<String, String> headers = signHighRisk(Sm2Signer.forSigning(OPERATOR_KEYS.privateKey()));

        Verdict verdict = verifyAt(SIGNED_AT, "DELETE", "/api/v1/sites/zj-nb-0007", headers, new byte[0]);
        assertAccepted(verdict);
        assertNull(verdict.answerSession(), "the answer to a high-risk operation is SM2-signed, not MACed");
    }

    @Test
    void highRiskOperationWithoutOperatorSignatureIsRejected() {
        Map<String, String> headers = sign("DELETE", "/api/v1/sites/zj-nb-0007", new byte[0]);

        assertRejected(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED,
                verifyAt(SIGNED_AT, "DELETE", "/api/v1/sites/zj-nb-0007", headers, new byte[0]));
        assertFalse(sessions.seen(headers.get(ProtocolHeaders.NONCE)));
    }

    @Test
    void highRiskOperationWithAWrongOperatorSignatureIsRejected() {
        Map<String, String> otherKey = signHighRisk(Sm2Signer.forSigning(Sm2KeyPair.generate().privateKey()));
        assertRejected(ErrorCode.AUTH_BAD_OPERATOR_SIGNATURE,
                verifyAt(SIGNED_AT, "DELETE", "/api/v1/sites/zj-nb-0007", otherKey, new byte[0]));

        Map<String, String> otherId = signHighRisk(
                Sm2Signer.forSigning(OPERATOR_KEYS.privateKey(), "", new SecureRandom()));
        assertRejected(ErrorCode.AUTH_BAD_OPERATOR_SIGNATURE,
                verifyAt(SIGNED_AT, "DELETE", "/api/v1/sites/zj-nb-0007", otherId, new byte[0]));

        Map<String, String> garbage = signHighRisk(Sm2Signer.forSigning(OPERATOR_KEYS.privateKey()));
        garbage.put(ProtocolHeaders.OPERATOR_SIGNATURE, "bm90IGEgc2lnbmF0dXJl");
        assertRejected(ErrorCode.AUTH_BAD_OPERATOR_SIGNATURE,
                verifyAt(SIGNED_AT, "DELETE", "/api/v1/sites/zj-nb-0007", garbage, new byte[0]));

        Map<String, String> notBase64 = signHighRisk(Sm2Signer.forSigning(OPERATOR_KEYS.privateKey()));
        notBase64.put(ProtocolHeaders.OPERATOR_SIGNATURE, "MEYC*");
        assertRejected(ErrorCode.AUTH_BAD_OPERATOR_SIGNATURE,
                verifyAt(SIGNED_AT, "DELETE", "/api/v1/sites/zj-nb-0007", notBase64, new byte[0]));
    }

    @Test
    void anOperatorSignatureOfAnotherRequestIsRejected() {
        Map<String, String> first = signHighRisk(Sm2Signer.forSigning(OPERATOR_KEYS.privateKey()));
        Map<String, String> second = sign("DELETE", "/api/v1/sites/zj-nb-0007", new byte[0]);
        second.put(ProtocolHeaders.OPERATOR_SIGNATURE, first.get(ProtocolHeaders.OPERATOR_SIGNATURE));

        assertRejected(ErrorCode.AUTH_BAD_OPERATOR_SIGNATURE,
                verifyAt(SIGNED_AT, "DELETE", "/api/v1/sites/zj-nb-0007", second, new byte[0]));
    }

    @Test
    void highRiskOperationOfAnOperatorWithoutKeyIsRejected() {
        sessions.add(SESSION, OPERATOR, sessionKey, null);
        Map<String, String> headers = signHighRisk(Sm2Signer.forSigning(OPERATOR_KEYS.privateKey()));

        assertRejected(ErrorCode.AUTH_UNKNOWN_KEY,
                verifyAt(SIGNED_AT, "DELETE", "/api/v1/sites/zj-nb-0007", headers, new byte[0]));
    }

    @Test
    void onlyTheDocumentedOperationsAreHighRisk() {
        assertRejected(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED, verifyUnsignedByOperator("PUT", "/api/v1/operators/li.na/roles"));
        assertRejected(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED, verifyUnsignedByOperator("POST", "/api/v1/operators/li.na/keys"));
        assertRejected(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED, verifyUnsignedByOperator("PUT", "/api/v1/operators/li.na/key"));
        assertRejected(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED, verifyUnsignedByOperator("DELETE", "/api/v1/operators/li.na/keys/2"));
        assertRejected(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED, verifyUnsignedByOperator("DELETE", "/api/v1/operators/li.na"));
        assertRejected(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED, verifyUnsignedByOperator("PUT", "/api/v1/server/key"));
        assertRejected(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED, verifyUnsignedByOperator("DELETE", "/api/v1/sites/a%2Fb"));
        assertAccepted(verifyUnsignedByOperator("GET", "/api/v1/operators/li.na/roles"));
        assertAccepted(verifyUnsignedByOperator("DELETE", "/api/v1/columns/c-1"));
        assertAccepted(verifyUnsignedByOperator("PUT", "/api/v1/sites/zj-nb-0007"));
        assertAccepted(verifyUnsignedByOperator("DELETE", "/api/v1/sites/zj-nb-0007/columns/c-1"));
    }

    @Test
    void aRejectionBecomesTheDocumentedErrorBody() {
        Map<String, String> headers = sign("PUT", TARGET, BODY);
        headers.remove(ProtocolHeaders.AUTHORIZATION);

        Verdict verdict = verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY);

        assertEquals("GS-AUTH-MISSING-HEADER", verdict.toErrorBody().code());
        assertEquals(401, verdict.toErrorBody().status());
        assertEquals(ErrorCode.AUTH_MISSING_HEADER.message(), verdict.toErrorBody().message());
    }

    private Verdict verifyUnsignedByOperator(String method, String target) {
        return verifyAt(SIGNED_AT, method, target, sign(method, target, new byte[0]), new byte[0]);
    }

    private void assertMalformed(String header, String value) {
        Map<String, String> headers = sign("PUT", TARGET, BODY);
        headers.put(header, value);
        Verdict verdict = verifyAt(SIGNED_AT, "PUT", TARGET, headers, BODY);
        assertRejected(ErrorCode.AUTH_MALFORMED_HEADER, verdict);
        assertTrue(verdict.detail().contains(header), verdict.detail());
    }

    private Map<String, String> sign(String method, String target, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        signer.sign(method, target, headers, body);
        return headers;
    }

    private Map<String, String> signHighRisk(Sm2Signer operatorSigner) {
        Map<String, String> headers = new LinkedHashMap<>();
        signer.sign("DELETE", "/api/v1/sites/zj-nb-0007", headers, new byte[0], operatorSigner);
        return headers;
    }

    private Verdict verifyAt(long now, String method, String target, Map<String, String> headers, byte[] body) {
        return new RequestVerifier(sessions, sessions, ReplayPolicy.standard(), HighRiskOperations.V1, clockAt(now))
                .verify(method, target, headers, body);
    }

    private static void assertAccepted(Verdict verdict) {
        assertTrue(verdict.accepted(), verdict::toString);
    }

    private static void assertRejected(ErrorCode expected, Verdict verdict) {
        assertEquals(expected, verdict.error(), verdict::toString);
        assertFalse(verdict.accepted());
    }

    private static Clock clockAt(long epochSeconds) {
        return Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
    }
}
