package org.govsite.protocol;

import java.util.Objects;

/**
 * The outcome of verifying a request or a response: accepted, or rejected with an {@link ErrorCode} and a technical
 * detail in English.
 *
 * @param error null when accepted
 * @param detail why it was rejected (which header, which check); empty when accepted
 * @param operator the authenticated operator of an accepted request, otherwise null
 * @param answerSession the session whose key authenticates the answer to an accepted request with an HMAC
 *        ({@link ResponseSigner#authenticate}); null when the answer is SM2-signed instead (high-risk operations,
 *        rejected requests) and for verified responses
 */
public record Verdict(ErrorCode error, String detail, String operator, SessionCredentials answerSession) {
    /** @return an accepted verdict for {@code operator} (null for a verified response), answered with an SM2 signature */
    public static Verdict accept(String operator) {
        return new Verdict(null, "", operator, null); //$NON-NLS-1$
    }

    /** @return an accepted verdict for the operator of {@code session}, answered with an HMAC under its key */
    public static Verdict accept(SessionCredentials session) {
        return new Verdict(null, "", session.operator(), session); //$NON-NLS-1$
    }

    public static Verdict reject(ErrorCode error, String detail) {
        return new Verdict(Objects.requireNonNull(error), detail, null, null);
    }

    static Verdict reject(ProtocolException e) {
        return reject(e.errorCode(), e.detail());
    }

    public boolean accepted() {
        return error == null;
    }

    /** @return the body the server answers a rejected request with */
    public ErrorBody toErrorBody() {
        if (accepted()) {
            throw new IllegalStateException("an accepted request has no error body"); //$NON-NLS-1$
        }
        return ErrorBody.of(error, detail);
    }
}
