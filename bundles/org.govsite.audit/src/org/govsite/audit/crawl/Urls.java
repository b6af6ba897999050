package org.govsite.audit.crawl;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one URL form the crawler keys everything by: http(s) only, ASCII (Chinese host names as punycode, other
 * characters percent-encoded as UTF-8, as browsers send them), lower-case scheme and host, no default port, no
 * fragment.
 */
public final class Urls {
    private static final Pattern HOST = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#:@]+)"); //$NON-NLS-1$
    /** Characters browsers percent-encode in paths and queries that java.net.URI refuses. */
    private static final String UNSAFE = " \"<>\\^`{|}"; //$NON-NLS-1$
    private static final int ASCII_LIMIT = 0x80;

    private Urls() {
    }

    /**
     * @param url an absolute URL as a page wrote it (jsoup's {@code absUrl})
     * @return its normal form, or {@code null} when it is not an http(s) URL that can be made valid
     */
    public static URI normalize(String url) {
        try {
            URI uri = new URI(encodeUnsafe(asciiHost(url.strip()))).normalize();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
                return null;
            }
            int port = uri.getPort() == defaultPort(scheme) ? -1 : uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(); //$NON-NLS-1$
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery(); //$NON-NLS-1$ //$NON-NLS-2$
            String normal = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) //$NON-NLS-1$
                    + (port == -1 ? "" : ":" + port) + path + query; //$NON-NLS-1$ //$NON-NLS-2$
            if (normal.equals(uri.toString()) && isAscii(normal)) {
                return uri; // most links are written in the normal form already: spare two more parses
            }
            return URI.create(new URI(normal).toASCIIString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** @return {@code reference} (a Location header) resolved against {@code base} and normalized, or {@code null} */
    public static URI resolve(URI base, String reference) {
        try {
            return normalize(base.resolve(encodeUnsafe(reference.strip())).toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return host, or host:port when the port is not the scheme's default */
    static String authority(URI url) {
        return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort(); //$NON-NLS-1$
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= ASCII_LIMIT) {
                return false;
            }
        }
        return true;
    }

    private static String asciiHost(String url) {
        Matcher host = HOST.matcher(url);
        if (!host.find() || isAscii(host.group(2))) {
            return url;
        }
        return host.group(1) + IDN.toASCII(host.group(2), IDN.ALLOW_UNASSIGNED) + url.substring(host.end());
    }

    private static String encodeUnsafe(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            if (UNSAFE.indexOf(c) >= 0) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF)); //$NON-NLS-1$
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** @return the port of {@code scheme} (lower case, http or https) when a URL names none */
    static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80; //$NON-NLS-1$
    }
}
