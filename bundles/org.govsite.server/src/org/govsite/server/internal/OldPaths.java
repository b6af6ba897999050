package org.govsite.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one form of an old path with query that the redirect table keys by (docs/server.md, "Redirects"), so that the
 * ways browsers, crawlers and access logs write one address find one entry: percent escapes in upper case, escapes
 * of unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) decoded, other characters that may not stand in a URI (and
 * every non-ASCII one, as UTF-8) escaped, a servlet session id ({@code ;jsessionid=...}) dropped from the path, a space
 * in the query as {@code +}, empty query parameters dropped and the parameters in order of their names (those of one
 * name keep their order).
 *
 * <p>
 * The table keeps paths in this form: a change of these rules needs a schema step re-keying it, as
 * {@link RedirectKeysStep} did.
 *
 * @param path the normal form of the path with query
 * @param basePath the normal form of the path alone
 * @param parameters the query's parameters in normal form and order ({@code name=value} or {@code name})
 */
record OldPaths(String path, String basePath, List<String> parameters) {
    private static final String HEX = "0123456789ABCDEF"; //$NON-NLS-1$
    private static final String UNRESERVED_MARKS = "-._~"; //$NON-NLS-1$
    /** Characters besides unreserved ones that stand unescaped in a path or query (RFC 3986 pchar, "/" and "?"). */
    private static final String ALLOWED = "!$&'()*+,;=:@/?"; //$NON-NLS-1$
    private static final Comparator<String> BY_NAME = Comparator.comparing(OldPaths::name);
    /** The session id Java servlet sites put into a path when a visitor refuses cookies: never part of the page's identity. */
    private static final Pattern SESSION_ID = Pattern.compile(";jsessionid=[^/;?]*", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    /** @param pathAndQuery an old path with optional query as requested or as a migration wrote it */
    static OldPaths of(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String base = normalise(SESSION_ID.matcher(path).replaceAll(""), false); //$NON-NLS-1$
        List<String> parameters = new ArrayList<>();
        if (question >= 0) {
            for (String parameter : pathAndQuery.substring(question + 1).split("&")) { //$NON-NLS-1$
                if (!parameter.isEmpty()) {
                    parameters.add(normalise(parameter, true));
                }
            }
            parameters.sort(BY_NAME);
        }
        return new OldPaths(join(base, parameters), base, List.copyOf(parameters));
    }

    /** @return the distinct names of the parameters, in order, joined by {@code &} (empty without a query) */
    String queryNames() {
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(parameter -> names.add(name(parameter)));
        return String.join("&", names); //$NON-NLS-1$
    }

    /** @return this path with only the parameters whose name is in {@code names} (the others dropped) */
    String keeping(Set<String> names) {
        return join(basePath, parameters.stream().filter(parameter -> names.contains(name(parameter))).toList());
    }

    private static String join(String base, List<String> parameters) {
        return parameters.isEmpty() ? base : base + "?" + String.join("&", parameters); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }

    private static String normalise(String text, boolean query) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                int value = hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2));
                if (isUnreserved(value)) {
                    out.append((char) value);
                } else if (query && value == ' ') {
                    out.append('+');
                } else {
                    escape(out, value);
                }
                i += 3;
                continue;
            }
            if (c < 0x80 && (isUnreserved(c) || ALLOWED.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    escape(out, b & 0xFF);
                }
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c < 0x80 && UNRESERVED_MARKS.indexOf(c) >= 0;
    }

    private static void escape(StringBuilder out, int value) {
        out.append('%').append(HEX.charAt(value >> 4)).append(HEX.charAt(value & 0xF));
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
