package org.govsite.migration;

import java.net.URI;
import java.util.Optional;

import org.govsite.migration.extract.Article;
import org.govsite.migration.extract.ExtractionFailure;
import org.govsite.migration.mapping.Decision;
import org.govsite.migration.source.SourceStatus;

/**
 * Everything the migration knows of one old URL: the unit the import (keyed by {@link #key()}), the redirect table
 * and the verification audit work through.
 *
 * @param url the old URL, normalised
 * @param key its migration key ({@link MigrationKeys#key(URI)})
 * @param listedOnly only the known-URL list reached it
 * @param status what became of it when the source was read
 * @param detail the evidence for a status other than FETCHED, else empty
 * @param undecodable characters of the page its charset could not decode (U+FFFD in the text)
 * @param decision what the mapping decided for it (for a duplicate: a redirect to the first copy's address)
 * @param article the extracted article, or {@code null}
 * @param failure why a page read gave no article, or {@code null}
 * @param duplicateOf for a duplicate (same title and body as a page earlier in URL order), that page's URL, else
 *        {@code null}: its article is not imported again
 */
public record UrlOutcome(URI url, String key, boolean listedOnly, SourceStatus status, String detail, int undecodable,
        Decision decision, Article article, ExtractionFailure failure, URI duplicateOf) {

    /** @return the extracted article, when there is one */
    public Optional<Article> extracted() {
        return Optional.ofNullable(article);
    }

    /** @return the extraction failure of a page read, when there is one */
    public Optional<ExtractionFailure> extractionFailure() {
        return Optional.ofNullable(failure);
    }

    /** @return the first copy's URL, when this is a duplicate */
    public Optional<URI> duplicate() {
        return Optional.ofNullable(duplicateOf);
    }

    /** @return this outcome marked as a duplicate of {@code first}, redirected where {@code firstDecision} leads */
    UrlOutcome asDuplicateOf(URI first, Decision firstDecision) {
        return new UrlOutcome(url, key, listedOnly, status, detail, undecodable, firstDecision, article, failure, first);
    }
}
