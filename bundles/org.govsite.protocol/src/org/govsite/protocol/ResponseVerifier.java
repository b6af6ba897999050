package org.govsite.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.govsite.crypto.Sm2PublicKey;
import org.govsite.crypto.Sm2Signer;
import org.govsite.crypto.Sm3;

/**
 * The client side of response authentication: the server's SM2 signature against the key pinned on first
 * connection, or the HMAC under the key of the session that sent the request. Thread-safe.
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
     * Verifies an answer that must carry the server's SM2 signature (the login flow's answers).
     *
     * @param requestNonce the {@code X-GovSite-Nonce} the client sent
     * @param headers the response headers (names in any case)
     * @param body the exact response body bytes
     * @return accepted, or rejected with {@link ErrorCode#RESP_BAD_SIGNATURE} or {@link ErrorCode#RESP_BODY_DIGEST}
     */
    public Verdict verify(int status, String requestNonce, Map<String, String> headers, byte[] body) {
        return verify(status, requestNonce, headers, body, null);
    }

    /**
     * Verifies an answer to a request of {@code session}: it carries either the HMAC under the session key
     * ({@code X-GovSite-Server-MAC}) or the server's SM2 signature, never both.
     *
     * @param session the signer of the request answered, or null for a request sent without a session (then only
     *        an SM2 signature is accepted)
     * @return accepted, or rejected with {@link ErrorCode#RESP_BAD_SIGNATURE} or {@link ErrorCode#RESP_BODY_DIGEST}
     */
    public Verdict verify(int status, String requestNonce, Map<String, String> headers, byte[] body,
            RequestSigner session) {
        try {
            String timestamp = require(headers, ProtocolHeaders.TIMESTAMP, Syntax.TIMESTAMP);
            String contentSm3 = require(headers, ProtocolHeaders.CONTENT_SM3, Syntax.SM3_HEX);
            Optional<String> mac = HeaderValues.find(headers, ProtocolHeaders.SERVER_MAC, ErrorCode.RESP_BAD_SIGNATURE);
            Optional<String> signature = HeaderValues.find(headers, ProtocolHeaders.SERVER_SIGNATURE,
                    ErrorCode.RESP_BAD_SIGNATURE);
            if (mac.isPresent() == signature.isPresent()) {
                return Verdict.reject(ErrorCode.RESP_BAD_SIGNATURE, "the answer must carry exactly one of " //$NON-NLS-1$
                        + ProtocolHeaders.SERVER_MAC + " and " + ProtocolHeaders.SERVER_SIGNATURE); //$NON-NLS-1$
            }
            String bodySm3 = Sm3.digestHex(body);
            if (!MessageDigest.isEqual(contentSm3.getBytes(StandardCharsets.US_ASCII),
                    bodySm3.getBytes(StandardCharsets.US_ASCII))) {
                return Verdict.reject(ErrorCode.RESP_BODY_DIGEST, ProtocolHeaders.CONTENT_SM3 + " differs from the SM3 of the body"); //$NON-NLS-1$
            }
            CanonicalResponse canonical = new CanonicalResponse(status, requestNonce, Long.parseLong(timestamp), bodySm3);
            return mac.isPresent() ? checkMac(canonical, mac.get(), session) : checkSignature(canonical, signature.get());
        } catch (ProtocolException e) {
            return Verdict.reject(e);
        }
    }

    private static Verdict checkMac(CanonicalResponse canonical, String mac, RequestSigner session) {
        if (session == null) {
            return Verdict.reject(ErrorCode.RESP_BAD_SIGNATURE,
                    ProtocolHeaders.SERVER_MAC + " on the answer to a request sent without a session"); //$NON-NLS-1$
        }
        if (!Syntax.SM3_HEX.matches(mac) || !session.macMatches(canonical.bytes(), HexFormat.of().parseHex(mac))) {
            return Verdict.reject(ErrorCode.RESP_BAD_SIGNATURE,
                    ProtocolHeaders.SERVER_MAC + " is not the HMAC-SM3 of this response under the session key"); //$NON-NLS-1$
        }
        return Verdict.accept((String) null);
    }

    private Verdict checkSignature(CanonicalResponse canonical, String signature) {
        Optional<byte[]> der = Syntax.BASE64.matches(signature) ? Base64Values.decode(signature) : Optional.empty();
        if (der.isEmpty() || !serverVerifier.verify(canonical.bytes(), der.get())) {
            return Verdict.reject(ErrorCode.RESP_BAD_SIGNATURE,
                    ProtocolHeaders.SERVER_SIGNATURE + " is not the server's signature of this response"); //$NON-NLS-1$
        }
        return Verdict.accept((String) null);
    }

    private static String require(Map<String, String> headers, String name, Syntax syntax) {
        return HeaderValues.require(headers, name, syntax, ErrorCode.RESP_BAD_SIGNATURE, ErrorCode.RESP_BAD_SIGNATURE);
    }
}
