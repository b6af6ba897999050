package org.govsite.server.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;

/**
 * Optimistic concurrency of every versioned entity (docs/server.md): the version is 1 on create and + 1 per update,
 * answers carry it as {@code ETag: "<version>"}, and updates and deletes need {@code If-Match} with the current one.
 */
public final class Versions {
    /** The response header carrying the version. */
    public static final String ETAG = "ETag"; //$NON-NLS-1$
    private static final Pattern STRONG_ETAG = Pattern.compile("\"([0-9]{1,18})\""); //$NON-NLS-1$

    private Versions() {
    }

    /** @return the ETag of {@code version}: the version in double quotes */
    public static String etag(long version) {
        return "\"" + version + "\""; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return {@code value} as JSON with status {@code status} and the ETag of {@code version} */
    public static ApiResponse answer(int status, Object value, long version) {
        return ApiResponse.json(status, value).withHeader(ETAG, etag(version));
    }

    /**
     * @return the version named by the request's {@code If-Match}
     * @throws ProtocolException {@link ErrorCode#REQ_PRECONDITION_REQUIRED} if there is none,
     *         {@link ErrorCode#CONFLICT_ETAG} if it is not an ETag of this server (weak, {@code *}, a list)
     */
    public static long ifMatch(ApiRequest request) {
        String value = request.header(ProtocolHeaders.IF_MATCH).orElseThrow(() -> new ProtocolException(
                ErrorCode.REQ_PRECONDITION_REQUIRED, "If-Match is required")); //$NON-NLS-1$
        Matcher matcher = STRONG_ETAG.matcher(value);
        if (!matcher.matches()) {
            throw new ProtocolException(ErrorCode.CONFLICT_ETAG, "If-Match " + value + " is not an ETag of this server"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Long.parseLong(matcher.group(1));
    }

    /** @throws ProtocolException {@link ErrorCode#CONFLICT_ETAG} unless {@code current} is {@code baseVersion} */
    public static void check(long current, long baseVersion) {
        if (current != baseVersion) {
            throw new ProtocolException(ErrorCode.CONFLICT_ETAG, "If-Match \"" + baseVersion + "\" but the current ETag is " //$NON-NLS-1$ //$NON-NLS-2$
                    + etag(current));
        }
    }

    /** @return the error of a compare-and-set that found the row no longer at {@code baseVersion} */
    public static ProtocolException conflict(long baseVersion) {
        return new ProtocolException(ErrorCode.CONFLICT_ETAG, "changed meanwhile: no longer at version " + baseVersion); //$NON-NLS-1$
    }
}
