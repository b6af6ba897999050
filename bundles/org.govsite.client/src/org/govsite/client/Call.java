package org.govsite.client;

import org.govsite.crypto.Sm2PrivateKey;

/**
 * One request as {@link PlatformClient} sends it.
 *
 * @param signed whether it carries the session's signature (when logged in); the login flow's requests do not
 * @param ifMatch the version for {@code If-Match}, or -1 for none
 * @param idempotencyKey value of {@code X-GovSite-Idempotency-Key}, or null
 * @param operatorKey the operator's key for a high-risk operation's own signature, or null
 */
record Call(String method, String path, byte[] body, String contentType, boolean signed, long ifMatch,
        String idempotencyKey, Sm2PrivateKey operatorKey) {
    private static final String JSON = "application/json; charset=utf-8"; //$NON-NLS-1$

    static Call signed(String method, String path, byte[] body, Sm2PrivateKey operatorKey) {
        return new Call(method, path, body, JSON, true, -1, null, operatorKey);
    }

    static Call unsigned(String method, String path, byte[] body) {
        return new Call(method, path, body, JSON, false, -1, null, null);
    }

    Call ifMatch(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("a version is not negative: " + version); //$NON-NLS-1$
        }
        return new Call(method, path, body, contentType, signed, version, idempotencyKey, operatorKey);
    }

    Call idempotent(String key) {
        return new Call(method, path, body, contentType, signed, ifMatch, key, operatorKey);
    }

    Call contentType(String type) {
        return new Call(method, path, body, type, signed, ifMatch, idempotencyKey, operatorKey);
    }
}
