package org.govsite.benchmarks.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole article write the counts are part of: {@value #COUNT} articles created one after the other through the
 * signed {@code POST /api/v1/articles} of the generated platform's server ({@link StatisticsFixture}), as
 * {@link ArticleInserts} writes them (same years, columns, kinds): request signed and verified, nonce, idempotency
 * key, the library's rows and the statistics' counts, operation log and change feed, answer authenticated. Its time
 * per article is what {@code server.articles.counted} minus {@code server.articles.insert} is compared with.
 */
public final class ArticleRequests extends OnStatisticsPlatform {
    private static final int COUNT = 1_000;

    private int round;

    @Override
    public String name() {
        return "server.articles.api";
    }

    @Override
    public void beforeEach() {
        round++;
    }

    @Override
    public void run() {
        for (int i = 0; i < COUNT; i++) {
            Map<String, Object> article = new HashMap<>(Map.of("id", "wa" + round + '-' + i, "title", "文章 " + i,
                    "publishedAt", ArticleInserts.published(i), "source", "基准", "body", "<p>正文 " + i + "</p>",
                    "columns", ArticleInserts.columns(i)));
            article.put("kind", ArticleInserts.kind(i));
            fixture.client.post("/api/v1/articles", article);
        }
    }
}
