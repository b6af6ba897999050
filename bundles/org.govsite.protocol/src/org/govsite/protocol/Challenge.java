package org.govsite.protocol;

/**
 * Answer to {@code POST /api/v1/session/challenge}: {@code {"challenge":"<32 hex>","expiresAt":<Unix seconds>}}.
 *
 * @param challenge a fresh nonce the login proof must sign, usable once
 * @param expiresAt Unix seconds after which the server refuses it
 */
public record Challenge(String challenge, long expiresAt) {
    /** @throws ProtocolException ({@link ErrorCode#REQ_INVALID_FIELD}) if the challenge is malformed */
    public Challenge {
        Syntax.NONCE.check("challenge", challenge); //$NON-NLS-1$
    }

    public byte[] toJson() {
        return Json.write(this);
    }

    /** @throws ProtocolException ({@link ErrorCode#REQ_MALFORMED_JSON} or {@link ErrorCode#REQ_INVALID_FIELD}) */
    public static Challenge fromJson(byte[] json) {
        return Json.read(json, Challenge.class);
    }
}
