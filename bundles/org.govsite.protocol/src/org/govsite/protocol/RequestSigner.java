package org.govsite.protocol;

import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.govsite.crypto.HmacSm3;
import org.govsite.crypto.Sm2Signer;
import org.govsite.crypto.Sm3;

/**
 * The client side of request authentication: adds the protocol headers to a request of a logged-in session.
 * Thread-safe; keeps a copy of the session key until {@link #destroy()}.
 */
public final class RequestSigner {
    private final String operator;
    private final String sessionId;
    private final byte[] sessionKey;
    private final Clock clock;
    private final NonceSource nonces;

    /** A signer using the system clock and {@link NonceSource#secure()}. */
    public RequestSigner(String operator, String sessionId, byte[] sessionKey) {
        this(operator, sessionId, sessionKey, Clock.systemUTC(), NonceSource.secure());
    }

    /**
     * @param operator the operator's login name ({@code X-GovSite-Operator})
     * @param sessionId the session id from the login response
     * @param sessionKey the unwrapped session key (copied)
     * @param clock source of {@code X-GovSite-Timestamp}
     * @param nonces source of {@code X-GovSite-Nonce}
     */
    public RequestSigner(String operator, String sessionId, byte[] sessionKey, Clock clock, NonceSource nonces) {
        this.operator = Syntax.OPERATOR.check("operator", operator); //$NON-NLS-1$
        this.sessionId = Syntax.SESSION.check("session", sessionId); //$NON-NLS-1$
        this.sessionKey = sessionKey.clone();
        this.clock = clock;
        this.nonces = nonces;
    }

    /**
     * Adds {@code X-GovSite-Operator}, {@code -Session}, {@code -Timestamp}, {@code -Nonce}, {@code -Content-SM3} and
     * {@code Authorization} to {@code headers}, replacing earlier values. An {@code If-Match} already in
     * {@code headers} is signed with them, so set it first.
     *
     * @param method upper-case HTTP method
     * @param target raw path and optional {@code ?query}, exactly as it will be sent
     * @param headers mutable request headers
     * @param body the exact body bytes that will be sent (empty for none)
     * @return the canonical request that was signed
     */
    public CanonicalRequest sign(String method, String target, Map<String, String> headers, byte[] body) {
        HeaderValues.put(headers, ProtocolHeaders.OPERATOR, operator);
        HeaderValues.put(headers, ProtocolHeaders.SESSION, sessionId);
        HeaderValues.put(headers, ProtocolHeaders.TIMESTAMP, Long.toString(clock.instant().getEpochSecond()));
        HeaderValues.put(headers, ProtocolHeaders.NONCE, nonces.next());
        String bodySm3 = Sm3.digestHex(body);
        HeaderValues.put(headers, ProtocolHeaders.CONTENT_SM3, bodySm3);
        CanonicalRequest canonical = CanonicalRequest.ofDigest(method, target, headers, bodySm3);
        HeaderValues.put(headers, ProtocolHeaders.AUTHORIZATION, ProtocolHeaders.AUTHORIZATION_SCHEME + " Signature=" //$NON-NLS-1$
                + HexFormat.of().formatHex(HmacSm3.mac(sessionKey, canonical.bytes())));
        return canonical;
    }

    /**
     * Signs as {@link #sign(String, String, Map, byte[])} and adds {@code X-GovSite-Operator-Signature}, as
     * high-risk operations need.
     *
     * @param operatorSigner {@link Sm2Signer#forSigning} of the operator's private key, default user ID
     */
    public CanonicalRequest sign(String method, String target, Map<String, String> headers, byte[] body,
            Sm2Signer operatorSigner) {
        CanonicalRequest canonical = sign(method, target, headers, body);
        HeaderValues.put(headers, ProtocolHeaders.OPERATOR_SIGNATURE,
                Base64Values.encode(operatorSigner.sign(canonical.bytes())));
        return canonical;
    }

    /**
     * @return whether {@code tag} is the HMAC-SM3 of {@code data} under the session key (constant time): how an
     *         answer's {@code X-GovSite-Server-MAC} is checked
     */
    boolean macMatches(byte[] data, byte[] tag) {
        return HmacSm3.verify(sessionKey, data, tag);
    }

    /** Overwrites this signer's copy of the session key with zeros; later signatures are worthless. */
    public void destroy() {
        Arrays.fill(sessionKey, (byte) 0);
    }
}
