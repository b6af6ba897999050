package org.govsite.protocol;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the {@link ErrorCode}s (messages.properties, messages_zh.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.govsite.protocol.messages"; //$NON-NLS-1$

    public static String AUTH_MISSING_HEADER;
    public static String AUTH_MALFORMED_HEADER;
    public static String REQ_MALFORMED_URI;
    public static String AUTH_BODY_DIGEST;
    public static String AUTH_EXPIRED;
    public static String AUTH_FUTURE;
    public static String AUTH_REPLAY;
    public static String AUTH_UNKNOWN_SESSION;
    public static String AUTH_UNKNOWN_KEY;
    public static String AUTH_BAD_SIGNATURE;
    public static String AUTH_OPERATOR_SIGNATURE_REQUIRED;
    public static String AUTH_BAD_OPERATOR_SIGNATURE;
    public static String AUTH_CHALLENGE;
    public static String AUTH_LOGIN_FAILED;
    public static String AUTH_LOCKED;
    public static String AUTH_OLD_PASSWORD;
    public static String AUTH_ROLE;
    public static String REQ_MALFORMED_JSON;
    public static String REQ_INVALID_FIELD;
    public static String REQ_TOO_LARGE;
    public static String REQ_CONTENT_DIGEST;
    public static String REQ_NOT_FOUND;
    public static String REQ_PRECONDITION_REQUIRED;
    public static String CONFLICT_ETAG;
    public static String REQ_IDEMPOTENCY_KEY_REUSED;
    public static String NOTICE_TOO_SHORT;
    public static String NOTICE_LOCKED;
    public static String SERVER_ERROR;
    public static String RESP_BAD_SIGNATURE;
    public static String RESP_BODY_DIGEST;
    public static String RESP_SERVER_KEY_MISMATCH;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
