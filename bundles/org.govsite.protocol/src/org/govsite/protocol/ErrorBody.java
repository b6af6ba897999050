package org.govsite.protocol;

/**
 * The JSON body of every error response: {@code {"code":"GS-AUTH-REPLAY","status":401,"message":"...","detail":"..."}},
 * {@code message} in the server's language, {@code detail} technical English (may be empty). Clients show
 * {@link ErrorCode#message()} of the code in their own language and keep the detail for logs.
 */
public record ErrorBody(String code, int status, String message, String detail) {
    /** @return the body for {@code error} */
    public static ErrorBody of(ErrorCode error, String detail) {
        return new ErrorBody(error.code(), error.httpStatus(), error.message(), detail);
    }

    /** @return UTF-8 JSON */
    public byte[] toJson() {
        return Json.write(this);
    }

    /** @throws ProtocolException ({@link ErrorCode#REQ_MALFORMED_JSON}) if {@code json} is not an error body */
    public static ErrorBody fromJson(byte[] json) {
        ErrorBody body = Json.read(json, ErrorBody.class);
        if (body.code() == null || body.message() == null) {
            throw new ProtocolException(ErrorCode.REQ_MALFORMED_JSON, "an error body needs code and message"); //$NON-NLS-1$
        }
        return body;
    }
}
