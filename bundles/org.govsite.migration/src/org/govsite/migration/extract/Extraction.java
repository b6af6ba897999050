package org.govsite.migration.extract;

import java.util.Optional;

/**
 * What extraction made of one page: an article, or the reason there is none.
 *
 * @param article the article, or {@code null}
 * @param failure the reason, or {@code null} when there is an article
 */
public record Extraction(Article article, ExtractionFailure failure) {

    /** @return the article, when there is one */
    public Optional<Article> extracted() {
        return Optional.ofNullable(article);
    }
}
