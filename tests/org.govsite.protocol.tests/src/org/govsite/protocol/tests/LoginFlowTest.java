package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2Signer;
import org.govsite.protocol.Challenge;
import org.govsite.protocol.ChallengeRequest;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.HighRiskOperations;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.LoginProof;
import org.govsite.protocol.LoginRequest;
import org.govsite.protocol.LoginResponse;
import org.govsite.protocol.NonceSource;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.ReplayPolicy;
import org.govsite.protocol.RequestSigner;
import org.govsite.protocol.RequestVerifier;
import org.govsite.protocol.ResponseSigner;
import org.govsite.protocol.ResponseVerifier;
import org.govsite.protocol.SessionKeyWrap;
import org.junit.jupiter.api.Test;

/**
 * The whole login of docs/protocol.md through the JSON bodies, both sides played with the protocol's classes:
 * challenge, proof and password, signed answer with the wrapped session key, then a signed request.
 */
class LoginFlowTest {
    private static final long NOW = 1_795_510_800L;
    private static final Sm2KeyPair SERVER = Sm2KeyPair.generate();
    private static final Sm2KeyPair OPERATOR = Sm2KeyPair.generate();
    private static final String PASSWORD_VERIFIER = PasswordVerifier.hash("政务云-2026".toCharArray(),
            PasswordVerifier.MIN_ITERATIONS);

    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private final NonceSource nonces = NonceSource.secure();
    private final String pinned = KeyFingerprint.of(SERVER.publicKey());

    @Test
    void loginThenSignedRequest() {
        ChallengeRequest challengeRequest = ChallengeRequest.fromJson(new ChallengeRequest("zhang.wei").toJson());
        Challenge challenge = Challenge.fromJson(new Challenge(nonces.next(), NOW + 120).toJson());

        LoginProof clientProof = new LoginProof(challengeRequest.operator(), challenge.challenge(), NOW, pinned);
        String signature = Base64.getEncoder().encodeToString(clientProof.sign(Sm2Signer.forSigning(OPERATOR.privateKey())));
        byte[] loginJson = new LoginRequest("zhang.wei", "政务云-2026".toCharArray(), challenge.challenge(), NOW, signature)
                .toJson();

        LoginRequest received = LoginRequest.fromJson(loginJson);
        assertTrue(PasswordVerifier.verify(received.password(), PASSWORD_VERIFIER));
        received.wipePassword();
        assertTrue(received.proof(KeyFingerprint.of(SERVER.publicKey()))
                .verify(OPERATOR.publicKey(), received.signatureBytes()));
        assertEquals(challenge.challenge(), received.challenge());
        byte[] sessionKey = SessionKeyWrap.newSessionKey();
        byte[] answer = new LoginResponse("gs_sess_0123456789abcdef",
                SessionKeyWrap.wrap(sessionKey, OPERATOR.publicKey()), NOW + 28_800).toJson();
        String loginNonce = nonces.next();
        Map<String, String> answerHeaders = new LinkedHashMap<>();
        new ResponseSigner(() -> Sm2Signer.forSigning(SERVER.privateKey()), clock).sign(200, loginNonce, answerHeaders, answer);

        assertTrue(ResponseVerifier.pinned(SERVER.publicKey(), pinned).verify(200, loginNonce, answerHeaders, answer).accepted());
        LoginResponse session = LoginResponse.fromJson(answer);
        byte[] unwrapped = SessionKeyWrap.unwrap(session.sessionKey(), OPERATOR.privateKey());
        assertArrayEquals(sessionKey, unwrapped);

        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = "{\"name\":\"温州市人民政府\"}".getBytes(StandardCharsets.UTF_8);
        new RequestSigner("zhang.wei", session.session(), unwrapped, clock, nonces).sign("PUT", "/api/v1/sites/zj-wz-0001",
                headers, body);
        TestSessions sessions = new TestSessions().add(session.session(), "zhang.wei", sessionKey, OPERATOR.publicKey());
        assertTrue(new RequestVerifier(sessions, sessions, ReplayPolicy.standard(), HighRiskOperations.V1, clock)
                .verify("PUT", "/api/v1/sites/zj-wz-0001", headers, body).accepted());
        assertEquals("zhang.wei", headers.get(ProtocolHeaders.OPERATOR));
    }

    @Test
    void wrongPasswordFailsAndPasswordIsNotShown() {
        LoginRequest request = new LoginRequest("zhang.wei", "政务云-2025".toCharArray(), nonces.next(), NOW, "MEUC");

        assertFalse(PasswordVerifier.verify(request.password(), PASSWORD_VERIFIER));
        assertFalse(request.toString().contains("政务云"), request.toString());
        request.wipePassword();
        assertArrayEquals(new char[request.password().length], request.password());
    }

    @Test
    void loginJsonHasTheDocumentedShape() {
        LoginRequest request = new LoginRequest("zhang.wei", "pw".toCharArray(), "4b1f0c2e9a7d3f6051c8e2a4b9d07f13", NOW,
                "MEUC");

        assertEquals("{\"operator\":\"zhang.wei\",\"password\":\"pw\",\"challenge\":\"4b1f0c2e9a7d3f6051c8e2a4b9d07f13\","
                + "\"timestamp\":1795510800,\"signature\":\"MEUC\"}", new String(request.toJson(), StandardCharsets.UTF_8));
        assertEquals("{\"session\":\"gs_sess_0123456789abcdef\",\"sessionKey\":\"AAAA\",\"expiresAt\":1}",
                new String(new LoginResponse("gs_sess_0123456789abcdef", "AAAA", 1).toJson(), StandardCharsets.UTF_8));
        assertEquals("{\"challenge\":\"4b1f0c2e9a7d3f6051c8e2a4b9d07f13\",\"expiresAt\":1}",
                new String(new Challenge("4b1f0c2e9a7d3f6051c8e2a4b9d07f13", 1).toJson(), StandardCharsets.UTF_8));
    }

    @Test
    void malformedLoginBodiesAreRefusedWithTheRightCode() {
        assertCode(ErrorCode.REQ_MALFORMED_JSON, "{\"operator\":\"zhang.wei\"");
        assertCode(ErrorCode.REQ_MALFORMED_JSON, "{\"operator\":\"zhang.wei\",\"password\":\"pw\",\"challenge\":"
                + "\"4b1f0c2e9a7d3f6051c8e2a4b9d07f13\",\"signature\":\"MEUC\"}");
        assertCode(ErrorCode.REQ_MALFORMED_JSON, "{\"operator\":\"zhang.wei\",\"password\":\"pw\",\"challenge\":"
                + "\"4b1f0c2e9a7d3f6051c8e2a4b9d07f13\",\"timestamp\":1,\"signature\":\"MEUC\",\"admin\":true}");
        assertCode(ErrorCode.REQ_INVALID_FIELD, "{\"operator\":\"zhang.wei\",\"password\":\"pw\",\"challenge\":"
                + "\"XYZ\",\"timestamp\":1,\"signature\":\"MEUC\"}");
        assertCode(ErrorCode.REQ_INVALID_FIELD, "{\"operator\":\"zhang.wei\",\"password\":\"\",\"challenge\":"
                + "\"4b1f0c2e9a7d3f6051c8e2a4b9d07f13\",\"timestamp\":1,\"signature\":\"MEUC\"}");
        assertEquals(ErrorCode.REQ_INVALID_FIELD, assertThrows(ProtocolException.class,
                () -> new LoginRequest("zhang.wei", "pw".toCharArray(), nonces.next(), NOW, "MEV=").signatureBytes())
                .errorCode());
    }

    private static void assertCode(ErrorCode expected, String json) {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> LoginRequest.fromJson(json.getBytes(StandardCharsets.UTF_8)), json);
        assertEquals(expected, e.errorCode(), json);
    }
}
