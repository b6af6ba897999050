package org.govsite.protocol;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Canonical path and query of docs/protocol.md ("Canonical path", "Canonical query"): percent-decoding to bytes,
 * then encoding every byte except RFC 3986 unreserved characters as {@code %XX} with upper-case hex digits.
 */
final class UriCanonicalizer {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray(); //$NON-NLS-1$

    private UriCanonicalizer() {
    }

    /**
     * @param rawPath the path of the request-target as sent (before any {@code ?}); empty means {@code /}
     * @throws ProtocolException ({@link ErrorCode#REQ_MALFORMED_URI}) for a path not starting with {@code /}, a
     *         {@code %} not followed by two hex digits, or a character that is not allowed raw
     */
    static String path(String rawPath) {
        if (rawPath.isEmpty()) {
            return "/"; //$NON-NLS-1$
        }
        if (rawPath.charAt(0) != '/') {
            throw malformed("the path must start with /"); //$NON-NLS-1$
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) { //$NON-NLS-1$
            segments.add(encode(decode(segment, false)));
        }
        return String.join("/", segments); //$NON-NLS-1$
    }

    /**
     * @param rawQuery the query of the request-target as sent (after the {@code ?}, without it); may be empty
     * @return parameters {@code name=value}, each part decoded ({@code +} as space) and re-encoded, sorted by name
     *         then value, joined by {@code &}
     */
    static String query(String rawQuery) {
        List<String[]> parameters = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) { //$NON-NLS-1$
            if (!parameter.isEmpty()) {
                int equals = parameter.indexOf('=');
                String name = equals < 0 ? parameter : parameter.substring(0, equals);
                String value = equals < 0 ? "" : parameter.substring(equals + 1); //$NON-NLS-1$
                parameters.add(new String[] { encode(decode(name, true)), encode(decode(value, true)) });
            }
        }
        parameters.sort(Comparator.<String[], String> comparing(p -> p[0]).thenComparing(p -> p[1]));
        List<String> joined = new ArrayList<>();
        for (String[] parameter : parameters) {
            joined.add(parameter[0] + '=' + parameter[1]);
        }
        return String.join("&", joined); //$NON-NLS-1$
    }

    private static byte[] decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw malformed("% must be followed by two hex digits"); //$NON-NLS-1$
                }
                out.write(Character.digit(raw.charAt(i + 1), 16) << 4 | Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else if (c <= 0x20 || c >= 0x7F || c == '#') {
                throw malformed("character U+" + Integer.toHexString(c) + " must be percent-encoded"); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    private static ProtocolException malformed(String detail) {
        return new ProtocolException(ErrorCode.REQ_MALFORMED_URI, detail);
    }
}
