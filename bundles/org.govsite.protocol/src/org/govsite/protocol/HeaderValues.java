package org.govsite.protocol;

import java.util.Map;
import java.util.Optional;

/** Reads protocol headers from a header map whose names may have any case (HTTP names are case-insensitive). */
final class HeaderValues {
    private HeaderValues() {
    }

    /**
     * @return the value of header {@code name}, without leading and trailing spaces and tabs, if present
     * @throws ProtocolException if the header is present more than once or its value is not printable ASCII
     */
    static Optional<String> find(Map<String, String> headers, String name, ErrorCode malformed) {
        String found = null;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                if (found != null) {
                    throw new ProtocolException(malformed, "header " + name + " appears more than once"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                found = header.getValue();
            }
        }
        return Optional.ofNullable(found).map(value -> checkValue(name, value.strip(), malformed));
    }

    /** @return the value of header {@code name} as {@link #find} reads it, checked against {@code syntax} */
    static String require(Map<String, String> headers, String name, Syntax syntax, ErrorCode missing,
            ErrorCode malformed) {
        String value = find(headers, name, malformed)
                .orElseThrow(() -> new ProtocolException(missing, "missing header " + name)); //$NON-NLS-1$
        if (!syntax.matches(value)) {
            throw new ProtocolException(malformed, "header " + name + " must be " + syntax.description()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    /** Replaces header {@code name} (whatever the case of an existing entry) by {@code value}. */
    static void put(Map<String, String> headers, String name, String value) {
        headers.keySet().removeIf(key -> key.equalsIgnoreCase(name));
        headers.put(name, value);
    }

    private static String checkValue(String name, String value, ErrorCode malformed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new ProtocolException(malformed, "header " + name + " has a character outside printable ASCII"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return value;
    }
}
