package org.govsite.protocol;

import java.nio.charset.StandardCharsets;

import org.govsite.crypto.Sm3;

/**
 * The canonical response the server signs:
 *
 * <pre>
 * GOVSITE-RESPONSE-V1
 * status (3 digits)
 * the request's X-GovSite-Nonce
 * the response's X-GovSite-Timestamp
 * SM3 of the response body, lower-case hex
 * </pre>
 *
 * (joined by {@code \n}, no final newline, UTF-8). The request nonce ties the response to the request, so an old
 * response cannot be replayed to the client.
 */
public record CanonicalResponse(int status, String requestNonce, long timestamp, String bodySm3) {
    /** First line of the canonical response. */
    public static final String VERSION_LINE = "GOVSITE-RESPONSE-V1"; //$NON-NLS-1$

    public CanonicalResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status " + status); //$NON-NLS-1$
        }
        Syntax.NONCE.check("requestNonce", requestNonce); //$NON-NLS-1$
        Syntax.SM3_HEX.check("bodySm3", bodySm3); //$NON-NLS-1$
    }

    /** @return the canonical response of a response with this status and body */
    public static CanonicalResponse of(int status, String requestNonce, long timestamp, byte[] body) {
        return new CanonicalResponse(status, requestNonce, timestamp, Sm3.digestHex(body));
    }

    /** @return the UTF-8 bytes of {@link #toString()}: what is signed */
    public byte[] bytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return exactly the canonical response text */
    @Override
    public String toString() {
        return String.join("\n", VERSION_LINE, Integer.toString(status), requestNonce, Long.toString(timestamp), bodySm3); //$NON-NLS-1$
    }
}
