package org.govsite.migration;

import java.net.URI;

/**
 * What the import did with one old URL's article.
 *
 * @param url the old URL, normalised
 * @param key its migration key: the article's id and the create request's idempotency key
 * @param status imported now, skipped as imported by an earlier run, or failed
 * @param articleId the article's id in the resource library (imported), else empty
 * @param version the article's version the library answered (imported), else 0
 * @param address the address the platform publishes the article at (imported; {@code null} when the platform no
 *        longer has its column), else {@code null}
 * @param reason why it failed (localized), else empty
 */
public record ImportResult(URI url, String key, Status status, String articleId, long version, URI address,
        String reason) {

    /** How the import of one article went. */
    public enum Status {
        /** Created in the library by this run (or answered again by the server's idempotency after a crash). */
        IMPORTED,
        /** Imported by an earlier run, as the journal records: not sent again. */
        ALREADY_IMPORTED,
        /** Not imported, with the reason: a later run tries again. */
        FAILED
    }
}
