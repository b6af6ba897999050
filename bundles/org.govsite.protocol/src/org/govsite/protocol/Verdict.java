package org.govsite.protocol;

import java.util.Objects;

/**
 * The outcome of verifying a request or a response: accepted, or rejected with an {@link ErrorCode} and a technical
 * detail in English.
 *
 * @param error null when accepted
 * @param detail why it was rejected (which header, which check); empty when accepted
 * @param operator the authenticated operator of an accepted request, otherwise null
 */
public record Verdict(ErrorCode error, String detail, String operator) {
    /** @return an accepted verdict for {@code operator} (null for a verified response) */
    public static Verdict accept(String operator) {
        return new Verdict(null, "", operator); //$NON-NLS-1$
    }

    public static Verdict reject(ErrorCode error, String detail) {
        return new Verdict(Objects.requireNonNull(error), detail, null);
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
