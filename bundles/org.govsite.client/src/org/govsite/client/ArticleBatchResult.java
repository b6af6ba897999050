package org.govsite.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What became of one article of {@link PlatformClient#createArticles}: what its own {@code POST /api/v1/articles}
 * would have answered.
 *
 * @param created the created article and its version (also when {@code replayed}), or {@code null} when refused
 * @param replayed whether the answer is the stored one of an earlier request with the same key
 * @param refusal the server's refusal of this article (its code, status and detail), or {@code null} when created
 */
public record ArticleBatchResult(Versioned<JsonNode> created, boolean replayed, ClientException refusal) {
    /** @return whether the article is in the library (created now or by the earlier request with its key) */
    public boolean isCreated() {
        return created != null;
    }
}
