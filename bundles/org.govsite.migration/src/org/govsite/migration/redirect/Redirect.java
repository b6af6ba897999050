package org.govsite.migration.redirect;

import java.net.URI;

/**
 * One old URL of the redirect table.
 *
 * @param oldUrl the old URL, normalised
 * @param kind moved (301), gone (410) or not ready
 * @param target the new address (moved), the archive link (gone), else {@code null}
 * @param reason why the URL is not ready (localized), else empty
 */
public record Redirect(URI oldUrl, Kind kind, URI target, String reason) {
    /** What the platform answers for the old URL. */
    public enum Kind {
        /** 301 to the new address. */
        MOVED(301),
        /** 410 with a page carrying the archive link. */
        GONE(410),
        /** No answer yet (unresolved, not imported, failed): the migration is not done for this URL. */
        NOT_READY(0);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** @return the HTTP status, 0 for {@link #NOT_READY} */
        public int status() {
            return status;
        }
    }

    /** @return the status as the exports and reports write it: {@code 301}, {@code 410} or {@code not-ready} */
    public String statusText() {
        return kind == Kind.NOT_READY ? "not-ready" : Integer.toString(kind.status()); //$NON-NLS-1$
    }

    /** @return the old URL's raw path and query ({@code /a/b.html?x=1}), as a request names it */
    public String pathAndQuery() {
        String path = oldUrl.getRawPath() == null || oldUrl.getRawPath().isEmpty() ? "/" : oldUrl.getRawPath(); //$NON-NLS-1$
        return oldUrl.getRawQuery() == null ? path : path + "?" + oldUrl.getRawQuery(); //$NON-NLS-1$
    }
}
