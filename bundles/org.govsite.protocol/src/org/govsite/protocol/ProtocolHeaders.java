package org.govsite.protocol;

import java.util.List;

/** Names of the HTTP headers of the protocol (docs/protocol.md, "Request headers"). */
public final class ProtocolHeaders {
    public static final String OPERATOR = "X-GovSite-Operator"; //$NON-NLS-1$
    public static final String SESSION = "X-GovSite-Session"; //$NON-NLS-1$
    public static final String TIMESTAMP = "X-GovSite-Timestamp"; //$NON-NLS-1$
    public static final String NONCE = "X-GovSite-Nonce"; //$NON-NLS-1$
    public static final String CONTENT_SM3 = "X-GovSite-Content-SM3"; //$NON-NLS-1$
    public static final String AUTHORIZATION = "Authorization"; //$NON-NLS-1$
    public static final String OPERATOR_SIGNATURE = "X-GovSite-Operator-Signature"; //$NON-NLS-1$
    public static final String SERVER_SIGNATURE = "X-GovSite-Server-Signature"; //$NON-NLS-1$
    /**
     * HMAC-SM3 under the session key of the canonical response: authenticates the answers to a session's requests
     * in place of {@link #SERVER_SIGNATURE} (docs/protocol.md, "Response authentication").
     */
    public static final String SERVER_MAC = "X-GovSite-Server-MAC"; //$NON-NLS-1$
    /** Optimistic concurrency (ETag of the version a change is based on): signed, empty in the signature if absent. */
    public static final String IF_MATCH = "If-Match"; //$NON-NLS-1$
    /**
     * A write the client may retry (docs/server.md, "Idempotency"): the server answers a repeat with the stored
     * response instead of applying it again. Signed, empty in the signature if absent.
     */
    public static final String IDEMPOTENCY_KEY = "X-GovSite-Idempotency-Key"; //$NON-NLS-1$

    /** The scheme word of the {@code Authorization} header. */
    public static final String AUTHORIZATION_SCHEME = "GOVSITE-HMAC-SM3"; //$NON-NLS-1$

    /** The required headers entering the canonical request, in their order there. */
    public static final List<String> SIGNED = List.of(OPERATOR, SESSION, TIMESTAMP, NONCE, CONTENT_SM3);
    /** The optional headers entering the canonical request after {@link #SIGNED} (empty value when absent). */
    public static final List<String> SIGNED_OPTIONAL = List.of(IF_MATCH, IDEMPOTENCY_KEY);

    private ProtocolHeaders() {
    }
}
