package org.govsite.protocol;

import java.time.Clock;
import java.util.Map;

import org.govsite.crypto.Sm2Signer;

/** The server side of response authentication. Thread-safe (calls to one {@link Sm2Signer} are serialised). */
public final class ResponseSigner {
    private final Sm2Signer serverSigner;
    private final Clock clock;

    /** @param serverSigner {@link Sm2Signer#forSigning} of the server's private key, default user ID */
    public ResponseSigner(Sm2Signer serverSigner, Clock clock) {
        this.serverSigner = serverSigner;
        this.clock = clock;
    }

    /**
     * Adds {@code X-GovSite-Timestamp}, {@code X-GovSite-Content-SM3} and {@code X-GovSite-Server-Signature} to
     * {@code responseHeaders}.
     *
     * @param requestNonce the {@code X-GovSite-Nonce} of the request answered
     * @param body the exact response body bytes (empty for none)
     * @return the canonical response signed
     */
    public CanonicalResponse sign(int status, String requestNonce, Map<String, String> responseHeaders, byte[] body) {
        CanonicalResponse canonical = CanonicalResponse.of(status, requestNonce, clock.instant().getEpochSecond(), body);
        HeaderValues.put(responseHeaders, ProtocolHeaders.TIMESTAMP, Long.toString(canonical.timestamp()));
        HeaderValues.put(responseHeaders, ProtocolHeaders.CONTENT_SM3, canonical.bodySm3());
        HeaderValues.put(responseHeaders, ProtocolHeaders.SERVER_SIGNATURE,
                Base64Values.encode(serverSigner.sign(canonical.bytes())));
        return canonical;
    }
}
