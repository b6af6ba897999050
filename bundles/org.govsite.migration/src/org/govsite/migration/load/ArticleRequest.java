package org.govsite.migration.load;

import java.time.LocalDateTime;
import java.util.List;

import org.govsite.migration.UrlOutcome;
import org.govsite.migration.extract.Article;
import org.govsite.migration.extract.ArticleDates;
import org.govsite.protocol.PageTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of the import's {@code POST /api/v1/articles}: the Guide's page-tag fields of an extracted article, its
 * target column, the topics its rule lists it in (omitted when none, so requests without topics are as before) and
 * its attachments' digests. The same outcome always gives the same request, so that a resent
 * request matches the server's stored idempotent answer.
 *
 * @param id the migration key: the article's id in the library
 * @param publishedAt {@code YYYY-MM-DD HH:MM}, Asia/Shanghai
 */
record ArticleRequest(String id, String title, String publishedAt, String source, String author, String body,
        List<String> columns, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> topics, List<String> attachments) {

    /**
     * @param body the article's body as sent ({@link BodyLinks#body})
     * @param undatedTime the time of an article no rule dated (Asia/Shanghai), or {@code null}
     * @return the request of the article, under {@code defaultSource} when its page named none; {@code publishedAt}
     *         {@code null} when it is undated and no undated time is given
     */
    static ArticleRequest of(UrlOutcome outcome, String body, List<String> attachments, String defaultSource,
            LocalDateTime undatedTime) {
        Article article = outcome.article();
        String source = article.source().isBlank() ? defaultSource : article.source();
        return new ArticleRequest(outcome.key(), article.title(), publishedAt(article, undatedTime), source,
                article.author(), body, List.of(outcome.decision().column()), outcome.decision().topics(), attachments);
    }

    /**
     * @param undatedTime the time of an article no rule dated (Asia/Shanghai), or {@code null}
     * @return the article's publication time as the import sends it ({@code YYYY-MM-DD HH:MM}, Asia/Shanghai), or
     *         {@code null} when it is undated and no undated time is given
     */
    static String publishedAt(Article article, LocalDateTime undatedTime) {
        return article.published() != null ? PageTime.MINUTES.format(article.published().withZoneSameInstant(PageTime.ZONE))
                : undatedTime == null ? null : PageTime.MINUTES.format(undatedTime);
    }
}
