package org.govsite.client;

/**
 * One article of {@link PlatformClient#createArticles}: the body its own {@code POST /api/v1/articles} would carry
 * (written as JSON) and its idempotency key.
 *
 * @param key the idempotency key ({@code null}: none), per article as {@code X-GovSite-Idempotency-Key} would be
 * @param article the article (Contract 1), any value the client writes as a JSON object
 */
public record ArticleBatchItem(String key, Object article) {
}
