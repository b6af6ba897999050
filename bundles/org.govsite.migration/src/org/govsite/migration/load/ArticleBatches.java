package org.govsite.migration.load;

import java.util.ArrayList;
import java.util.List;

import org.govsite.client.ArticleBatchItem;
import org.govsite.client.ArticleBatchResult;
import org.govsite.client.PlatformClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The import's bulk requests ({@link PlatformClient#createArticles}): prepared articles, each with its migration key as
 * idempotency key, in as few requests as the server's limits allow ({@value PlatformClient#MAX_ARTICLES_PER_BATCH}
 * articles, a body under {@value #MAX_BYTES} bytes).
 */
final class ArticleBatches {
    /** The body budget of one request: under the server's 16 MiB with room for the batch's own JSON. */
    static final int MAX_BYTES = 15 << 20;
    /** The JSON around one article in a batch (its key and field names), generously. */
    private static final int ITEM_BYTES = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleBatches() {
    }

    /** @return the positions of {@code requests} in requests under the server's limits, in order */
    static List<List<Integer>> split(List<ArticleRequest> requests) {
        List<List<Integer>> chunks = new ArrayList<>();
        List<Integer> chunk = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < requests.size(); i++) {
            long size = size(requests.get(i)) + ITEM_BYTES;
            if (!chunk.isEmpty() && (chunk.size() == PlatformClient.MAX_ARTICLES_PER_BATCH || bytes + size > MAX_BYTES)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                bytes = 0;
            }
            chunk.add(i);
            bytes += size;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /** @return per request, in order, what the library made of it; {@code requests} within the limits ({@link #split}) */
    static List<ArticleBatchResult> send(PlatformClient client, List<ArticleRequest> requests) {
        return client.createArticles(requests.stream().map(request -> new ArticleBatchItem(request.id(), request)).toList());
    }

    private static long size(ArticleRequest request) {
        try {
            return JSON.writeValueAsBytes(request).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
