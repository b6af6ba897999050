package org.govsite.protocol;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The documented error codes of the GovSite REST API v1 (docs/protocol.md, "Error codes"): the code sent in
 * {@link ErrorBody#code()}, the HTTP status the server answers with, and a localized message (zh/en). Codes starting
 * {@code GS-RESP-} are raised by the client about a response and never sent by the server.
 */
public enum ErrorCode {
    AUTH_MISSING_HEADER("GS-AUTH-MISSING-HEADER", 401, () -> Messages.AUTH_MISSING_HEADER),
    AUTH_MALFORMED_HEADER("GS-AUTH-MALFORMED-HEADER", 400, () -> Messages.AUTH_MALFORMED_HEADER),
    REQ_MALFORMED_URI("GS-REQ-MALFORMED-URI", 400, () -> Messages.REQ_MALFORMED_URI),
    AUTH_BODY_DIGEST("GS-AUTH-BODY-DIGEST", 400, () -> Messages.AUTH_BODY_DIGEST),
    AUTH_EXPIRED("GS-AUTH-EXPIRED", 401, () -> Messages.AUTH_EXPIRED),
    AUTH_FUTURE("GS-AUTH-FUTURE", 401, () -> Messages.AUTH_FUTURE),
    AUTH_REPLAY("GS-AUTH-REPLAY", 401, () -> Messages.AUTH_REPLAY),
    AUTH_UNKNOWN_SESSION("GS-AUTH-UNKNOWN-SESSION", 401, () -> Messages.AUTH_UNKNOWN_SESSION),
    AUTH_UNKNOWN_KEY("GS-AUTH-UNKNOWN-KEY", 401, () -> Messages.AUTH_UNKNOWN_KEY),
    AUTH_BAD_SIGNATURE("GS-AUTH-BAD-SIGNATURE", 401, () -> Messages.AUTH_BAD_SIGNATURE),
    AUTH_OPERATOR_SIGNATURE_REQUIRED("GS-AUTH-OPERATOR-SIGNATURE-REQUIRED", 403,
            () -> Messages.AUTH_OPERATOR_SIGNATURE_REQUIRED),
    AUTH_BAD_OPERATOR_SIGNATURE("GS-AUTH-BAD-OPERATOR-SIGNATURE", 401, () -> Messages.AUTH_BAD_OPERATOR_SIGNATURE),
    AUTH_CHALLENGE("GS-AUTH-CHALLENGE", 401, () -> Messages.AUTH_CHALLENGE),
    AUTH_LOGIN_FAILED("GS-AUTH-LOGIN-FAILED", 401, () -> Messages.AUTH_LOGIN_FAILED),
    AUTH_LOCKED("GS-AUTH-LOCKED", 423, () -> Messages.AUTH_LOCKED),
    AUTH_OLD_PASSWORD("GS-AUTH-OLD-PASSWORD", 403, () -> Messages.AUTH_OLD_PASSWORD),
    AUTH_ROLE("GS-AUTH-ROLE", 403, () -> Messages.AUTH_ROLE),
    REQ_MALFORMED_JSON("GS-REQ-MALFORMED-JSON", 400, () -> Messages.REQ_MALFORMED_JSON),
    REQ_INVALID_FIELD("GS-REQ-INVALID-FIELD", 400, () -> Messages.REQ_INVALID_FIELD),
    REQ_TOO_LARGE("GS-REQ-TOO-LARGE", 413, () -> Messages.REQ_TOO_LARGE),
    REQ_CONTENT_DIGEST("GS-REQ-CONTENT-DIGEST", 400, () -> Messages.REQ_CONTENT_DIGEST),
    REQ_NOT_FOUND("GS-REQ-NOT-FOUND", 404, () -> Messages.REQ_NOT_FOUND),
    REQ_PRECONDITION_REQUIRED("GS-REQ-PRECONDITION-REQUIRED", 428, () -> Messages.REQ_PRECONDITION_REQUIRED),
    CONFLICT_ETAG("GS-CONFLICT-ETAG", 412, () -> Messages.CONFLICT_ETAG),
    REQ_IDEMPOTENCY_KEY_REUSED("GS-REQ-IDEMPOTENCY-KEY-REUSED", 422, () -> Messages.REQ_IDEMPOTENCY_KEY_REUSED),
    NOTICE_TOO_SHORT("GS-NOTICE-TOO-SHORT", 422, () -> Messages.NOTICE_TOO_SHORT),
    NOTICE_LOCKED("GS-NOTICE-LOCKED", 409, () -> Messages.NOTICE_LOCKED),
    SERVER_ERROR("GS-SERVER-ERROR", 500, () -> Messages.SERVER_ERROR),
    RESP_BAD_SIGNATURE("GS-RESP-BAD-SIGNATURE", 502, () -> Messages.RESP_BAD_SIGNATURE),
    RESP_BODY_DIGEST("GS-RESP-BODY-DIGEST", 502, () -> Messages.RESP_BODY_DIGEST),
    RESP_SERVER_KEY_MISMATCH("GS-RESP-SERVER-KEY-MISMATCH", 502, () -> Messages.RESP_SERVER_KEY_MISMATCH);

    private final String code;
    private final int httpStatus;
    private final Supplier<String> message;

    ErrorCode(String code, int httpStatus, Supplier<String> message) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.message = message;
    }

    /** @return the wire code, e.g. {@code GS-AUTH-REPLAY} */
    public String code() {
        return code;
    }

    /** @return the HTTP status the server answers with */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return the message in the current locale (Chinese or English) */
    public String message() {
        return message.get();
    }

    /** @return the error code whose wire code is {@code code}, if any */
    public static Optional<ErrorCode> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
