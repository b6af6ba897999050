package org.govsite.audit.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The one URL form the crawler keys everything by: http(s) only, lower-case scheme and host, no default port, no fragment. */
final class Urls {
    private Urls() {
    }

    /**
     * @param url an absolute URL as a page wrote it (jsoup's {@code absUrl})
     * @return its normal form, or {@code null} when it is not an http(s) URL that java.net.URI accepts
     */
    static URI normalize(String url) {
        try {
            URI uri = new URI(url.strip()).normalize();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
                return null;
            }
            int port = uri.getPort() == defaultPort(scheme) ? -1 : uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(); //$NON-NLS-1$
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery(); //$NON-NLS-1$ //$NON-NLS-2$
            return new URI(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) //$NON-NLS-1$
                    + (port == -1 ? "" : ":" + port) + path + query); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** @return host, or host:port when the port is not the scheme's default */
    static String authority(URI url) {
        return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort(); //$NON-NLS-1$
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80; //$NON-NLS-1$
    }
}
