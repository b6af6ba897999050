package org.govsite.protocol;

/**
 * A request or response that does not follow the protocol. Carries the {@link ErrorCode} to answer with and a
 * technical detail in English (which header, which field); the user sees {@link ErrorCode#message()}.
 */
public class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;
    private final String detail;

    public ProtocolException(ErrorCode errorCode, String detail) {
        super(errorCode.code() + ": " + detail); //$NON-NLS-1$
        this.errorCode = errorCode;
        this.detail = detail;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** @return the technical detail without the code */
    public String detail() {
        return detail;
    }
}
