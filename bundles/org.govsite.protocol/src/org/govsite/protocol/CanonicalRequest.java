package org.govsite.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.govsite.crypto.Sm3;

/**
 * The canonical request of docs/protocol.md: the exact text both HMAC-SM3 and the operator's SM2 signature are
 * computed over. Twelve lines joined by {@code \n}, no final newline:
 *
 * <pre>
 * GOVSITE-REQUEST-V1
 * METHOD
 * canonical path
 * canonical query
 * x-govsite-operator:value
 * x-govsite-session:value
 * x-govsite-timestamp:value
 * x-govsite-nonce:value
 * x-govsite-content-sm3:value
 * if-match:value (empty if the request has no If-Match)
 * x-govsite-idempotency-key:value (empty if the request has none)
 * SM3 of the body, lower-case hex
 * </pre>
 *
 * Immutable.
 */
public final class CanonicalRequest {
    /** First line: the scheme and its version. */
    public static final String VERSION_LINE = "GOVSITE-REQUEST-V1"; //$NON-NLS-1$
    /** The methods the API uses; others are refused. */
    public static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private final String method;
    private final String path;
    private final String query;
    private final String text;

    private CanonicalRequest(String method, String path, String query, String text) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.text = text;
    }

    /**
     * @param method upper-case HTTP method, one of {@link #METHODS}
     * @param target the request-target in origin form as sent: raw path, optionally {@code ?} and raw query
     * @param headers the request headers (names in any case); the five {@link ProtocolHeaders#SIGNED} must be there,
     *        {@link ProtocolHeaders#SIGNED_OPTIONAL} may
     * @param body the exact body bytes (empty for none)
     * @throws ProtocolException if the method, target or a signed header is missing or malformed
     */
    public static CanonicalRequest of(String method, String target, Map<String, String> headers, byte[] body) {
        return ofDigest(method, target, headers, Sm3.digestHex(body));
    }

    /**
     * The same with the body's SM3 already computed, for the signer and the verifier, which need it for
     * {@code X-GovSite-Content-SM3} too (each body is digested once).
     *
     * @param bodySm3 the SM3 of the exact body bytes, lower-case hex
     */
    public static CanonicalRequest ofDigest(String method, String target, Map<String, String> headers, String bodySm3) {
        int questionMark = target.indexOf('?');
        return questionMark < 0 ? build(method, target, null, headers, bodySm3)
                : build(method, target.substring(0, questionMark), target.substring(questionMark + 1), headers, bodySm3);
    }

    /**
     * The same for servers that hand out path and query apart.
     *
     * @param rawPath the path as sent, still percent-encoded
     * @param rawQuery the query as sent, still percent-encoded, without {@code ?}; null or empty if none
     */
    public static CanonicalRequest of(String method, String rawPath, String rawQuery, Map<String, String> headers,
            byte[] body) {
        return build(method, rawPath, rawQuery, headers, Sm3.digestHex(body));
    }

    private static CanonicalRequest build(String method, String rawPath, String rawQuery, Map<String, String> headers,
            String bodySm3) {
        if (!METHODS.contains(method)) {
            throw new ProtocolException(ErrorCode.REQ_MALFORMED_URI, "unsupported method " + method); //$NON-NLS-1$
        }
        if (rawPath.indexOf('?') >= 0) {
            throw new ProtocolException(ErrorCode.REQ_MALFORMED_URI, "the raw path contains ?"); //$NON-NLS-1$
        }
        String path = UriCanonicalizer.path(rawPath);
        String query = rawQuery == null ? "" : UriCanonicalizer.query(rawQuery); //$NON-NLS-1$
        List<String> lines = new ArrayList<>(List.of(VERSION_LINE, method, path, query));
        for (String name : ProtocolHeaders.SIGNED) {
            String value = HeaderValues.find(headers, name, ErrorCode.AUTH_MALFORMED_HEADER)
                    .orElseThrow(() -> new ProtocolException(ErrorCode.AUTH_MISSING_HEADER, "missing header " + name)); //$NON-NLS-1$
            lines.add(name.toLowerCase(Locale.ROOT) + ':' + value);
        }
        for (String name : ProtocolHeaders.SIGNED_OPTIONAL) {
            lines.add(name.toLowerCase(Locale.ROOT) + ':'
                    + HeaderValues.find(headers, name, ErrorCode.AUTH_MALFORMED_HEADER).orElse("")); //$NON-NLS-1$
        }
        lines.add(bodySm3);
        return new CanonicalRequest(method, path, query, String.join("\n", lines)); //$NON-NLS-1$
    }

    public String method() {
        return method;
    }

    /** @return the canonical path (third line) */
    public String path() {
        return path;
    }

    /** @return the canonical query (fourth line), empty if none */
    public String query() {
        return query;
    }

    /** @return the UTF-8 bytes of {@link #toString()}: what is signed */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** @return exactly the canonical request text */
    @Override
    public String toString() {
        return text;
    }
}
