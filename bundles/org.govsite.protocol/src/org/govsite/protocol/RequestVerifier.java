package org.govsite.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.govsite.crypto.HmacSm3;
import org.govsite.crypto.Sm2Signer;
import org.govsite.crypto.Sm3;

/**
 * The server side of request authentication. Checks, in this order (docs/protocol.md, "Verification"): headers
 * present and well-formed, path and query well-formed, body digest, timestamp window, session, HMAC-SM3, operator
 * signature of high-risk operations, and last the nonce, which is recorded only for requests passing every other
 * check. Digests and tags are compared in constant time. Thread-safe if the lookup and registry are.
 */
public final class RequestVerifier {
    private final SessionLookup sessions;
    private final NonceRegistry nonces;
    private final ReplayPolicy replayPolicy;
    private final HighRiskOperations highRisk;
    private final Clock clock;

    public RequestVerifier(SessionLookup sessions, NonceRegistry nonces, ReplayPolicy replayPolicy,
            HighRiskOperations highRisk, Clock clock) {
        this.sessions = sessions;
        this.nonces = nonces;
        this.replayPolicy = replayPolicy;
        this.highRisk = highRisk;
        this.clock = clock;
    }

    /**
     * @param method the HTTP method as received
     * @param target the request-target as received: raw path and optional {@code ?query}
     * @param headers the request headers (names in any case)
     * @param body the exact body bytes received (empty for none)
     * @return accepted with the operator (and, unless the operation is high-risk, a copy of the credentials of the
     *         session whose key MACs the answer: {@link SessionCredentials#destroy()} it when done), or rejected with
     *         the error code to answer with
     */
    public Verdict verify(String method, String target, Map<String, String> headers, byte[] body) {
        try {
            return check(method, target, headers, body);
        } catch (ProtocolException e) {
            return Verdict.reject(e);
        }
    }

    private Verdict check(String method, String target, Map<String, String> headers, byte[] body) {
        String operator = require(headers, ProtocolHeaders.OPERATOR, Syntax.OPERATOR);
        String sessionId = require(headers, ProtocolHeaders.SESSION, Syntax.SESSION);
        long timestamp = Long.parseLong(require(headers, ProtocolHeaders.TIMESTAMP, Syntax.TIMESTAMP));
        String nonce = require(headers, ProtocolHeaders.NONCE, Syntax.NONCE);
        String contentSm3 = require(headers, ProtocolHeaders.CONTENT_SM3, Syntax.SM3_HEX);
        String authorization = require(headers, ProtocolHeaders.AUTHORIZATION, Syntax.AUTHORIZATION);
        String bodySm3 = Sm3.digestHex(body);
        CanonicalRequest canonical = CanonicalRequest.ofDigest(method, target, headers, bodySm3);

        if (!MessageDigest.isEqual(ascii(contentSm3), ascii(bodySm3))) {
            return Verdict.reject(ErrorCode.AUTH_BODY_DIGEST, ProtocolHeaders.CONTENT_SM3 + " differs from the SM3 of the body"); //$NON-NLS-1$
        }
        Instant now = clock.instant();
        Optional<ErrorCode> timing = replayPolicy.checkTimestamp(now, timestamp);
        if (timing.isPresent()) {
            return Verdict.reject(timing.get(), "timestamp " + timestamp + " outside the window of " //$NON-NLS-1$ //$NON-NLS-2$
                    + replayPolicy.window().getSeconds() + " s"); //$NON-NLS-1$
        }
        Optional<SessionCredentials> session = sessions.find(sessionId).filter(s -> s.operator().equals(operator));
        if (session.isEmpty()) {
            return Verdict.reject(ErrorCode.AUTH_UNKNOWN_SESSION, "no live session " + sessionId + " of operator " + operator); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return checkSession(headers, canonical, session.get(), authorization, nonce, timestamp, now);
    }

    /**
     * The checks after the session was found: HMAC, operator signature of a high-risk operation, nonce. An accepted
     * ordinary request is answered with an HMAC under the session key, a high-risk one with an SM2 signature
     * (docs/protocol.md, "Response authentication").
     */
    private Verdict checkSession(Map<String, String> headers, CanonicalRequest canonical, SessionCredentials session,
            String authorization, String nonce, long timestamp, Instant now) {
        byte[] tag = HexFormat.of().parseHex(authorization.substring(authorization.indexOf('=') + 1));
        if (!hmacMatches(session, canonical, tag)) {
            return Verdict.reject(ErrorCode.AUTH_BAD_SIGNATURE, "HMAC-SM3 of the canonical request does not match"); //$NON-NLS-1$
        }
        boolean highRiskOperation = highRisk.isHighRisk(canonical);
        if (highRiskOperation) {
            Verdict operatorSignature = checkOperatorSignature(headers, canonical, session);
            if (!operatorSignature.accepted()) {
                return operatorSignature;
            }
        }
        boolean seen = !nonces.register(nonce, replayPolicy.rememberUntil(timestamp));
        return replayPolicy.check(now, timestamp, seen)
                .map(error -> Verdict.reject(error, "nonce " + nonce + " already used")) //$NON-NLS-1$ //$NON-NLS-2$
                .orElseGet(() -> highRiskOperation ? Verdict.accept(session.operator()) : Verdict.accept(session.copy()));
    }

    private static Verdict checkOperatorSignature(Map<String, String> headers, CanonicalRequest canonical,
            SessionCredentials session) {
        Optional<String> signature = HeaderValues.find(headers, ProtocolHeaders.OPERATOR_SIGNATURE,
                ErrorCode.AUTH_MALFORMED_HEADER);
        if (signature.isEmpty()) {
            return Verdict.reject(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED, canonical.method() + ' '
                    + canonical.path() + " is high-risk: " + ProtocolHeaders.OPERATOR_SIGNATURE + " is required"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (session.operatorKey() == null) {
            return Verdict.reject(ErrorCode.AUTH_UNKNOWN_KEY, "operator " + session.operator() + " has no public key"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Optional<byte[]> der = Base64Values.decode(signature.get());
        if (der.isEmpty() || !Sm2Signer.forVerifying(session.operatorKey()).verify(canonical.bytes(), der.get())) {
            return Verdict.reject(ErrorCode.AUTH_BAD_OPERATOR_SIGNATURE,
                    ProtocolHeaders.OPERATOR_SIGNATURE + " is not the operator's SM2 signature of the canonical request"); //$NON-NLS-1$
        }
        return Verdict.accept(session.operator());
    }

    private static boolean hmacMatches(SessionCredentials session, CanonicalRequest canonical, byte[] tag) {
        byte[] key = session.sessionKey();
        try {
            return HmacSm3.verify(key, canonical.bytes(), tag);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static String require(Map<String, String> headers, String name, Syntax syntax) {
        return HeaderValues.require(headers, name, syntax, ErrorCode.AUTH_MISSING_HEADER, ErrorCode.AUTH_MALFORMED_HEADER);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
