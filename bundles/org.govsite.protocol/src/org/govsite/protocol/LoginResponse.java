package org.govsite.protocol;

/**
 * Answer to a successful {@code POST /api/v1/session}:
 * {@code {"session":"<session id>","sessionKey":"<base64>","expiresAt":<Unix seconds>}}.
 *
 * @param sessionKey {@link SessionKeyWrap#wrap} of the session key for the operator
 */
public record LoginResponse(String session, String sessionKey, long expiresAt) {
    /** @throws ProtocolException ({@link ErrorCode#REQ_INVALID_FIELD}) if a field is missing or malformed */
    public LoginResponse {
        Syntax.SESSION.check("session", session); //$NON-NLS-1$
        Syntax.BASE64.check("sessionKey", sessionKey); //$NON-NLS-1$
    }

    public byte[] toJson() {
        return Json.write(this);
    }

    /** @throws ProtocolException ({@link ErrorCode#REQ_MALFORMED_JSON} or {@link ErrorCode#REQ_INVALID_FIELD}) */
    public static LoginResponse fromJson(byte[] json) {
        return Json.read(json, LoginResponse.class);
    }
}
