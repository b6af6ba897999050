package org.govsite.server.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;

/**
 * A request as the endpoints see it, independent of Jetty.
 *
 * @param method upper-case HTTP method
 * @param target the raw request-target (path and optional query)
 * @param segments the raw path segments after {@code /api/v1}
 * @param headers header names in lower case (a protocol header sent twice was refused before)
 * @param body the exact body bytes
 */
public record ApiRequest(String method, String target, List<String> segments, Map<String, String> headers, byte[] body) {
    /** @return the trimmed value of header {@code name}, if present */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).map(String::strip);
    }

    /**
     * @return the SM3 of {@link #body()}, lower-case hex, without digesting it again: the request's
     *         {@code X-GovSite-Content-SM3}, which its authentication proved equal to the body's SM3 before any
     *         endpoint behind it sees the request (not for the unauthenticated login endpoints)
     * @throws ProtocolException {@link ErrorCode#AUTH_MISSING_HEADER} if the request carries none
     */
    public String bodySm3() {
        return header(ProtocolHeaders.CONTENT_SM3).orElseThrow(() -> new ProtocolException(ErrorCode.AUTH_MISSING_HEADER,
                "missing header " + ProtocolHeaders.CONTENT_SM3)); //$NON-NLS-1$
    }

    /** @return the value of query parameter {@code name} (raw, first occurrence), if present */
    public Optional<String> query(String name) {
        int question = target.indexOf('?');
        if (question < 0) {
            return Optional.empty();
        }
        for (String piece : target.substring(question + 1).split("&")) { //$NON-NLS-1$
            int equals = piece.indexOf('=');
            String key = equals < 0 ? piece : piece.substring(0, equals);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : piece.substring(equals + 1)); //$NON-NLS-1$
            }
        }
        return Optional.empty();
    }

    /**
     * @return query parameter {@code name} as a number from {@code min} to {@code max}, {@code fallback} if absent
     * @throws ProtocolException {@link ErrorCode#REQ_INVALID_FIELD} if it is not such a number
     */
    public long number(String name, long min, long max, long fallback) {
        String value = query(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, name + " must be a number from " + min + " to " + max); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
