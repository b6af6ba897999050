package org.govsite.benchmarks.server;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.govsite.client.ClientOptions;
import org.govsite.client.PlatformClient;

/**
 * The platform of the statistics and article-write benchmarks, shared by them: the signed API's server
 * ({@link ApiFixture}, kept for the whole run) with {@link StatisticsData} written into its database ({@value #ARTICLES_PROPERTY}, default
 * 1,000,000 articles), and a content editor's {@link PlatformClient} logged in. Keeps the last answers of the old
 * aggregates and of the endpoint, so that the endpoint's benchmark can say whether they agree.
 */
final class StatisticsFixture {
    static final String ARTICLES_PROPERTY = "govsite.bench.statistics.articles";
    /** The year asked for: the last of the generated ten. */
    static final int YEAR = StatisticsData.FIRST_YEAR + 9;
    private static StatisticsFixture shared;

    final ApiFixture api;
    final PlatformClient client;
    final int articles = Integer.getInteger(ARTICLES_PROPERTY, 1_000_000);
    /** Per site, the article and message fields of {@link #YEAR}, as the old aggregates and the endpoint last gave them. */
    final Map<String, List<Number>> old = new TreeMap<>();
    final Map<String, List<Number>> answered = new TreeMap<>();

    private StatisticsFixture() throws Exception {
        api = ApiFixture.acquire();
        StatisticsData.write(api.database, ApiFixture.ORGANISATION, articles);
        client = PlatformClient.open(api.editorSettings, new ClientOptions(Duration.ofSeconds(5), Duration.ofMinutes(10), 1));
        client.login(api.editorPassword, api.editorKey.privateKey());
    }

    /**
     * Writes to the tables both statistics benchmarks read (an article's and a message's version, a count row added
     * and removed), as the platform's writes do between two requests: H2 otherwise answers a query repeated with the
     * same parameters on unchanged tables from the previous result ({@code OPTIMIZE_REUSE_RESULTS}).
     */
    void touch() throws SQLException {
        api.database.transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE article SET version = version + 1 WHERE id = 'a0000000'");
                statement.executeUpdate("UPDATE message SET version = version + 1 WHERE id = 'm0000000'");
                statement.executeUpdate("INSERT INTO statistic_count (stat_year, site_id, measure, n) "
                        + "VALUES (0, 'touch', 'touch', 0)");
                statement.executeUpdate("DELETE FROM statistic_count WHERE stat_year = 0");
            }
            return null;
        });
    }

    /**
     * @return the fixture, made by the first caller and kept until the JVM exits (the runner tears each benchmark
     *         down before the next, and the generation takes minutes)
     */
    static synchronized StatisticsFixture get() throws Exception {
        if (shared == null) {
            shared = new StatisticsFixture();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    private void close() {
        client.close();
        try {
            ApiFixture.release();
        } catch (Exception e) {
            System.err.println("statistics fixture: " + e);
        }
    }
}
