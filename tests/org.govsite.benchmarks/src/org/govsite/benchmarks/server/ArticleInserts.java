package org.govsite.benchmarks.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.govsite.server.internal.ArticleCounts;
import org.govsite.server.internal.StatisticCounts;

/**
 * What the statistics' counts add to an article write: {@value #COUNT} articles, each in its own transaction on the
 * server's {@code Database} over the generated platform ({@link StatisticsFixture}), published in
 * {@value #YEAR}, in a column of one site (every twentieth also in a column of the next site), one in four of a
 * counted kind. The baseline ({@code server.articles.insert}) runs what an article's write did to the library
 * before schema 6: the columns' existence check, the article row and its column links. {@code server.articles.counted}
 * runs what it does now: the same with the columns locked ({@code FOR UPDATE}), then the article's contribution read
 * ({@link ArticleCounts#of}) and added to the counts ({@link StatisticCounts#add}) by the server's own code. Both
 * leave out what every write also does and the counts do not change (operation log, change feed, idempotency key,
 * request verification), so the ratio is the counts' share of the library's part of the write, an upper bound of
 * their share of the whole request.
 */
public final class ArticleInserts extends OnStatisticsPlatform {
    static final String ARTICLE = "INSERT INTO article (id, title, published_at, source, body, kind, version) "
            + "VALUES (?, ?, ?, '基准', ?, ?, 1)";
    static final String LINK = "INSERT INTO article_column (article_id, position, column_id) VALUES (?, ?, ?)";
    private static final String BASELINE = "server.articles.insert";
    private static final int COUNT = 10_000;
    static final int YEAR = 2030;
    private static final String[] KINDS = { "INTERPRETATION_MATERIAL", null, "HOTSPOT_RESPONSE", null, null,
        "MEDIA_COMMENT", null, null };

    private final boolean counted;
    private int round;

    private ArticleInserts(boolean counted) {
        this.counted = counted;
    }

    /** The baseline: the article's rows alone. */
    public static ArticleInserts bare() {
        return new ArticleInserts(false);
    }

    /** The article's rows and its counts. */
    public static ArticleInserts counted() {
        return new ArticleInserts(true);
    }

    @Override
    public String name() {
        return counted ? "server.articles.counted" : BASELINE;
    }

    @Override
    public String baseline() {
        return counted ? BASELINE : null;
    }

    @Override
    public void beforeEach() {
        round++;
    }

    @Override
    public void run() throws Exception {
        for (int i = 0; i < COUNT; i++) {
            String id = (counted ? "wc" : "wb") + round + '-' + i;
            List<String> columns = columns(i);
            String published = published(i);
            String kind = kind(i);
            fixture.api.database.transaction(connection -> write(connection, id, published, kind, columns));
        }
    }

    /** @return the columns of the {@code i}th article written: one of a site, every twentieth one of the next site too */
    static List<String> columns(int i) {
        int site = i % StatisticsData.SITES;
        String home = StatisticsData.site(site) + "-c" + i % StatisticsData.COLUMNS;
        return i % 20 == 0 ? List.of(home, StatisticsData.site((site + 1) % StatisticsData.SITES) + "-c3") : List.of(home);
    }

    /** @return the publication time of the {@code i}th article written */
    static String published(int i) {
        return String.format("%04d-%02d-%02d 10:00", YEAR, 1 + i % 12, 1 + i % 28);
    }

    private Void write(Connection connection, String id, String published, String kind, List<String> columns)
            throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM site_column WHERE id = ?"
                + (counted ? " FOR UPDATE" : ""));
                PreparedStatement article = connection.prepareStatement(ARTICLE);
                PreparedStatement link = connection.prepareStatement(LINK)) {
            for (String column : columns) {
                exists.setString(1, column);
                exists.executeQuery().close();
            }
            article(article, id, published, kind);
            article.executeUpdate();
            for (int position = 0; position < columns.size(); position++) {
                link(link, id, position, columns.get(position));
            }
            link.executeBatch();
        }
        if (counted) {
            StatisticCounts.add(connection, ArticleCounts.of(connection, ArticleCounts.ARTICLE, id));
        }
        return null;
    }

    /** @return the kind of the {@code i}th article written (null: none) */
    static String kind(int i) {
        return KINDS[i % KINDS.length];
    }

    /** Sets the parameters of {@link #ARTICLE}. */
    static void article(PreparedStatement article, String id, String published, String kind) throws SQLException {
        article.setString(1, id);
        article.setString(2, "文章 " + id);
        article.setString(3, published);
        article.setString(4, "<p>正文 " + id + "</p>");
        article.setString(5, kind);
    }

    /** Adds a link of {@link #LINK} to its batch. */
    static void link(PreparedStatement link, String id, int position, String column) throws SQLException {
        link.setString(1, id);
        link.setInt(2, position);
        link.setString(3, column);
        link.addBatch();
    }
}
