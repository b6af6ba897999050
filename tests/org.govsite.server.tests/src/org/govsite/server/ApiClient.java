package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.crypto.Sm2Signer;
import org.govsite.protocol.Challenge;
import org.govsite.protocol.ChallengeRequest;
import org.govsite.protocol.ErrorBody;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.LoginProof;
import org.govsite.protocol.LoginRequest;
import org.govsite.protocol.LoginResponse;
import org.govsite.protocol.NonceSource;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.RequestSigner;
import org.govsite.protocol.ResponseVerifier;
import org.govsite.protocol.SessionKeyWrap;
import org.govsite.protocol.Verdict;

/**
 * A test client over java.net.http on loopback: signs requests with the protocol's {@link RequestSigner} and checks
 * every response: the server's signature against the server key pinned at construction, or the HMAC under the key of
 * the request's session.
 */
final class ApiClient {
    /** A response whose signature was verified. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** @return the documented error code of an error response */
        String code() {
            return ErrorBody.fromJson(body).code();
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A logged-in session. */
    record Session(String operator, String id, byte[] key, RequestSigner signer) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final Sm2PublicKey serverKey;
    private final String fingerprint;
    private final ResponseVerifier responses;
    private final NonceSource nonces = NonceSource.secure();
    /**
     * The sessions logged in through any client of this JVM, by id: their keys check the answers' HMACs (tests use a
     * session opened at one server instance at another, through that instance's client).
     */
    private static final Map<String, RequestSigner> SESSIONS = new ConcurrentHashMap<>();

    ApiClient(URI base, Sm2PublicKey pinnedServerKey) {
        this.base = base;
        this.serverKey = pinnedServerKey;
        this.fingerprint = KeyFingerprint.of(pinnedServerKey);
        this.responses = ResponseVerifier.pinned(pinnedServerKey, fingerprint);
    }

    String fingerprint() {
        return fingerprint;
    }

    Sm2PublicKey serverKey() {
        return serverKey;
    }

    /** Sends a request of the login flow: no session headers, a fresh nonce. */
    Reply unsigned(String method, String target, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ProtocolHeaders.NONCE, nonces.next());
        return send(method, target, headers, body);
    }

    /**
     * Sends exactly these headers and body and verifies the response: its HMAC under the key of the session the
     * headers name (a session logged in through a client of this JVM), or its signature against the pinned key.
     */
    Reply send(String method, String target, Map<String, String> headers, byte[] body) {
        Reply reply = sendUnverified(method, target, headers, body);
        String nonce = headers.getOrDefault(ProtocolHeaders.NONCE, "0".repeat(32));
        RequestSigner session = SESSIONS.get(headers.getOrDefault(ProtocolHeaders.SESSION, ""));
        Verdict verdict = responses.verify(reply.status(), nonce, reply.headers(), reply.body(), session);
        assertTrue(verdict.accepted(), () -> "response signature: " + verdict + " of " + reply.status() + " " + reply.text());
        return reply;
    }

    Reply sendUnverified(String method, String target, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(target))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> received = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> received.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            return new Reply(response.statusCode(), received, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return a fresh challenge for {@code operator} */
    String challenge(String operator) {
        Reply reply = unsigned("POST", "/api/v1/session/challenge", new ChallengeRequest(operator).toJson());
        assertEquals(200, reply.status(), reply::text);
        return Challenge.fromJson(reply.body()).challenge();
    }

    /** Logs in with the given factors on {@code challenge}; returns the raw reply. */
    Reply login(String operator, String challenge, Sm2KeyPair key, String password) {
        LoginProof proof = new LoginProof(operator, challenge, Instant.now().getEpochSecond(), fingerprint);
        String signature = Base64.getEncoder().encodeToString(proof.sign(Sm2Signer.forSigning(key.privateKey())));
        LoginRequest request = new LoginRequest(operator, password.toCharArray(), challenge, proof.timestamp(), signature);
        return unsigned("POST", "/api/v1/session", request.toJson());
    }

    /** Logs in and unwraps the session key; fails the test if the login is refused. */
    Session login(Account account) {
        Reply reply = login(account.name(), challenge(account.name()), account.key(), account.password());
        assertEquals(200, reply.status(), reply::text);
        LoginResponse login = LoginResponse.fromJson(reply.body());
        byte[] sessionKey = SessionKeyWrap.unwrap(login.sessionKey(), account.key().privateKey());
        RequestSigner signer = new RequestSigner(account.name(), login.session(), sessionKey);
        SESSIONS.put(login.session(), signer);
        return new Session(account.name(), login.session(), sessionKey, signer);
    }

    Reply signed(Session session, String method, String target, byte[] body) {
        return signed(session, method, target, body, null, UnaryOperator.identity());
    }

    Reply signed(Session session, String method, String target, byte[] body, String ifMatch) {
        return signed(session, method, target, body, ifMatch, UnaryOperator.identity());
    }

    /**
     * Signs the request with {@code session}, lets {@code tamper} change the headers after signing, and sends it.
     */
    Reply signed(Session session, String method, String target, byte[] body, String ifMatch,
            UnaryOperator<Map<String, String>> tamper) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (ifMatch != null) {
            headers.put(ProtocolHeaders.IF_MATCH, ifMatch);
        }
        headers.put("Content-Type", "application/json; charset=utf-8");
        session.signer().sign(method, target, headers, body);
        return send(method, target, tamper.apply(headers), body);
    }

    /**
     * Signs and sends a request with {@code signedHeaders} (If-Match, X-GovSite-Idempotency-Key) and, when
     * {@code operatorKey} is not null, the operator's own SM2 signature of a high-risk operation.
     */
    Reply signed(Session session, String method, String target, byte[] body, Map<String, String> signedHeaders,
            Sm2KeyPair operatorKey) {
        Map<String, String> headers = new LinkedHashMap<>(signedHeaders);
        headers.put("Content-Type", "application/json; charset=utf-8");
        if (operatorKey == null) {
            session.signer().sign(method, target, headers, body);
        } else {
            session.signer().sign(method, target, headers, body, Sm2Signer.forSigning(operatorKey.privateKey()));
        }
        return send(method, target, headers, body);
    }

    /** A signer for {@code session} whose clock is {@code clock}. */
    static RequestSigner signerAt(Session session, Clock clock) {
        return new RequestSigner(session.operator(), session.id(), session.key(), clock, NonceSource.secure());
    }
}
