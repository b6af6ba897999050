package org.govsite.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A page of {@code GET /api/v1/articles?column=&after=&limit=} (content editors and reviewers): articles as the
 * server answers them (Contract 1, with their {@code version}), in id order; {@code more} when ids beyond remain.
 */
public record ArticlePage(List<JsonNode> articles, boolean more) {
    public ArticlePage {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    /** @return the id to ask for the next page after this one ({@code after} if the page is empty) */
    public String next(String after) {
        return articles.isEmpty() ? after : articles.get(articles.size() - 1).path("id").asText(); //$NON-NLS-1$
    }
}
