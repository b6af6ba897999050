package org.govsite.protocol;

import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

import org.govsite.crypto.HmacSm3;
import org.govsite.crypto.Sm2Signer;

/**
 * The server side of response authentication: an SM2 signature with the server key, or an HMAC-SM3 under the
 * session key for the answers to a session's ordinary requests (docs/protocol.md). Thread-safe: each thread signs
 * with its own {@link Sm2Signer} (one signer serialises its callers), so answers are signed in parallel on every
 * core.
 */
public final class ResponseSigner {
    private final ThreadLocal<Sm2Signer> serverSigner;
    private final Clock clock;

    /**
     * @param serverSigner makes a {@link Sm2Signer#forSigning} of the server's private key, default user ID; called
     *        once per signing thread
     */
    public ResponseSigner(Supplier<Sm2Signer> serverSigner, Clock clock) {
        this.serverSigner = ThreadLocal.withInitial(serverSigner);
        this.clock = clock;
    }

    /**
     * Adds {@code X-GovSite-Timestamp}, {@code X-GovSite-Content-SM3} and {@code X-GovSite-Server-Signature} to
     * {@code responseHeaders}: the SM2 signature of the login flow's answers, of high-risk operations' answers and
     * of requests refused before their session was established.
     *
     * @param requestNonce the {@code X-GovSite-Nonce} of the request answered
     * @param body the exact response body bytes (empty for none)
     * @return the canonical response signed
     */
    public CanonicalResponse sign(int status, String requestNonce, Map<String, String> responseHeaders, byte[] body) {
        CanonicalResponse canonical = canonical(status, requestNonce, responseHeaders, body);
        HeaderValues.put(responseHeaders, ProtocolHeaders.SERVER_SIGNATURE,
                Base64Values.encode(serverSigner.get().sign(canonical.bytes())));
        return canonical;
    }

    /**
     * Adds {@code X-GovSite-Timestamp}, {@code X-GovSite-Content-SM3} and {@code X-GovSite-Server-MAC} (HMAC-SM3
     * of the canonical response under the session key) to {@code responseHeaders}: how the answer to an accepted
     * ordinary request of a session is authenticated ({@link Verdict#answerSession()}).
     *
     * @param session the session of the request answered (its key is read, not kept)
     * @return the canonical response MACed
     */
    public CanonicalResponse authenticate(int status, String requestNonce, Map<String, String> responseHeaders,
            byte[] body, SessionCredentials session) {
        CanonicalResponse canonical = canonical(status, requestNonce, responseHeaders, body);
        byte[] key = session.sessionKey();
        try {
            HeaderValues.put(responseHeaders, ProtocolHeaders.SERVER_MAC,
                    HexFormat.of().formatHex(HmacSm3.mac(key, canonical.bytes())));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        return canonical;
    }

    private CanonicalResponse canonical(int status, String requestNonce, Map<String, String> responseHeaders,
            byte[] body) {
        CanonicalResponse canonical = CanonicalResponse.of(status, requestNonce, clock.instant().getEpochSecond(), body);
        HeaderValues.put(responseHeaders, ProtocolHeaders.TIMESTAMP, Long.toString(canonical.timestamp()));
        HeaderValues.put(responseHeaders, ProtocolHeaders.CONTENT_SM3, canonical.bodySm3());
        return canonical;
    }
}
