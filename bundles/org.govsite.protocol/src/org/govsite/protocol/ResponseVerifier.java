package org.govsite.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import org.govsite.crypto.Sm2PublicKey;
import org.govsite.crypto.Sm2Signer;
import org.govsite.crypto.Sm3;

/**
 * The client side of response authentication, against the server key pinned on first connection. Thread-safe.
 */
public final class ResponseVerifier {
    private final Sm2Signer serverVerifier;

    private ResponseVerifier(Sm2PublicKey serverKey) {
        this.serverVerifier = Sm2Signer.forVerifying(serverKey);
    }

    /**
     * @param serverKey the key the server presents
     * @param pinnedFingerprint the {@link KeyFingerprint} the client pinned for this server
     * @return a verifier for responses signed by {@code serverKey}
     * @throws ProtocolException ({@link ErrorCode#RESP_SERVER_KEY_MISMATCH}) if the key is not the pinned one
     */
    public static ResponseVerifier pinned(Sm2PublicKey serverKey, String pinnedFingerprint) {
        if (!KeyFingerprint.matches(serverKey, pinnedFingerprint)) {
            throw new ProtocolException(ErrorCode.RESP_SERVER_KEY_MISMATCH, "server key " + KeyFingerprint.of(serverKey) //$NON-NLS-1$
                    + " is not the pinned " + pinnedFingerprint); //$NON-NLS-1$
        }
        return new ResponseVerifier(serverKey);
    }

    /**
     * @param requestNonce the {@code X-GovSite-Nonce} the client sent
     * @param headers the response headers (names in any case)
     * @param body the exact response body bytes
     * @return accepted, or rejected with {@link ErrorCode#RESP_BAD_SIGNATURE} or {@link ErrorCode#RESP_BODY_DIGEST}
     */
    public Verdict verify(int status, String requestNonce, Map<String, String> headers, byte[] body) {
        try {
            String timestamp = require(headers, ProtocolHeaders.TIMESTAMP, Syntax.TIMESTAMP);
            String contentSm3 = require(headers, ProtocolHeaders.CONTENT_SM3, Syntax.SM3_HEX);
            String signature = require(headers, ProtocolHeaders.SERVER_SIGNATURE, Syntax.BASE64);
            String bodySm3 = Sm3.digestHex(body);
            if (!MessageDigest.isEqual(contentSm3.getBytes(StandardCharsets.US_ASCII),
                    bodySm3.getBytes(StandardCharsets.US_ASCII))) {
                return Verdict.reject(ErrorCode.RESP_BODY_DIGEST, ProtocolHeaders.CONTENT_SM3 + " differs from the SM3 of the body"); //$NON-NLS-1$
            }
            CanonicalResponse canonical = new CanonicalResponse(status, requestNonce, Long.parseLong(timestamp), bodySm3);
            Optional<byte[]> der = Base64Values.decode(signature);
            if (der.isEmpty() || !serverVerifier.verify(canonical.bytes(), der.get())) {
                return Verdict.reject(ErrorCode.RESP_BAD_SIGNATURE,
                        ProtocolHeaders.SERVER_SIGNATURE + " is not the server's signature of this response"); //$NON-NLS-1$
            }
            return Verdict.accept(null);
        } catch (ProtocolException e) {
            return Verdict.reject(e);
        }
    }

    private static String require(Map<String, String> headers, String name, Syntax syntax) {
        return HeaderValues.require(headers, name, syntax, ErrorCode.RESP_BAD_SIGNATURE, ErrorCode.RESP_BAD_SIGNATURE);
    }
}
