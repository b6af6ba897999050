package org.govsite.server.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
}
