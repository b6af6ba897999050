package org.govsite.migration.source;

import java.net.URI;
import java.util.Optional;

import org.jsoup.nodes.Document;

/**
 * One old URL as the source gave it.
 *
 * @param url the URL, normalised
 * @param listedOnly it came from the known-URL list only: no link (or mirror file) of the site reached it
 * @param status what became of it
 * @param detail the evidence for a status other than FETCHED (the HTTP status, the failure, the type), else empty
 * @param document the parsed page (FETCHED only, else {@code null}); only valid while the page is handed over
 * @param charset the charset it was decoded with (FETCHED only, else empty)
 * @param undecodable how many characters could not be decoded in that charset (they read U+FFFD)
 */
public record SourcePage(URI url, boolean listedOnly, SourceStatus status, String detail, Document document,
        String charset, int undecodable) {

    /** @return a page read */
    public static SourcePage fetched(URI url, boolean listedOnly, Document document, String charset, int undecodable) {
        return new SourcePage(url, listedOnly, SourceStatus.FETCHED, "", document, charset, undecodable); //$NON-NLS-1$
    }

    /** @return a URL that was not read as a page */
    public static SourcePage failed(URI url, boolean listedOnly, SourceStatus status, String detail) {
        return new SourcePage(url, listedOnly, status, detail, null, "", 0); //$NON-NLS-1$
    }

    /** @return the parsed page, when it was read */
    public Optional<Document> page() {
        return Optional.ofNullable(document);
    }
}
