package org.govsite.protocol;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import org.govsite.crypto.Sm2Signer;

/**
 * The server side of response authentication. Thread-safe: each thread signs with its own {@link Sm2Signer} (one
 * signer serialises its callers), so answers are signed in parallel on every core.
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
                Base64Values.encode(serverSigner.get().sign(canonical.bytes())));
        return canonical;
    }
}
