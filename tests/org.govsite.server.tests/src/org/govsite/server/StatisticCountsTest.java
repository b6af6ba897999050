package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * The statistics' counts (schema 6), kept by every write and back-filled by the migration, against the aggregates the
 * endpoint computed before ({@link OldStatistics}) over a generated platform ({@link StatisticsPlatform}), year by
 * year; and against lost updates when two server instances write into the same counts at once.
 */
class StatisticCountsTest extends EditorTestBase {
    private static final int Y = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Test
    void countsKeptByEveryWriteEqualTheOldAggregates() throws SQLException {
        new StatisticsPlatform(content, Y, 6).write(160, 60);
        assertEveryYearEqualsTheOldAggregates();
    }

    @Test
    void theMigrationBackFillsTheCountsFromTheData() throws SQLException {
        new StatisticsPlatform(content, Y, 7).write(80, 40);
        test.close();
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            // back to schema 5: the tables, columns and indexes of versions 6 to 16 dropped, their history rows removed
            statement.execute("DROP TABLE channel_column");
            statement.execute("DROP TABLE channel");
            statement.execute("DROP TABLE article_topic");
            statement.execute("ALTER TABLE article DROP COLUMN body_digest");
            statement.execute("DROP INDEX article_attachment_by_digest");
            statement.execute("DROP INDEX article_by_image");
            statement.execute("DROP TABLE site_domain");
            statement.execute("ALTER TABLE site DROP COLUMN archived_at");
            statement.execute("DROP TABLE archive_asset");
            statement.execute("DROP TABLE statistic_count");
            statement.execute("DROP TABLE redirect_entry");
            statement.execute("DROP TABLE archive_snapshot");
            statement.execute("DROP TABLE migration_notice");
            assertEquals(11, statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16')"));
        }
        test = TestServer.reopen(test.config, test.admin);
        content = new Content(test.client, test.client.login(editorAccount));
        assertEveryYearEqualsTheOldAggregates();
    }

    @Test
    void writesAtTwoInstancesAtOnceAllCount() throws Exception {
        content.create("/api/v1/organisations", Content.organisation("hz"));
        for (String site : List.of("a", "b")) {
            content.create("/api/v1/sites", Content.site(site, "hz", "www." + site + ".gov.cn"));
            content.create("/api/v1/sites/" + site + "/columns", Content.column(site + "-news", null, "news"));
        }
        try (PlatformServer second = PlatformServer.start(test.config)) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                ApiClient client = t % 2 == 0 ? new ApiClient(test.server.uri(), test.server.serverKey())
                        : new ApiClient(second.uri(), second.serverKey());
                Content writer = new Content(client, client.login(editorAccount));
                int thread = t;
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < 12; i++) {
                        String id = "t" + thread + "-" + i;
                        Map<String, Object> extra = new HashMap<>(Map.of("publishedAt", Y + "-06-01 10:00"));
                        extra.put("kind", "MEDIA_COMMENT");
                        writer.create("/api/v1/articles", Library.article(id, "文章 " + id, List.of("a-news", "b-news"), extra));
                        writer.create("/api/v1/sites/a/messages", Map.of("id", "m" + id, "title", "留言", "receivedAt",
                                Y + "-06-01 10:00", "closedAt", Y + "-06-03 10:00"));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            threads.shutdown();
        }
        Map<String, Map<String, Object>> counted = OldStatistics.fromAnswer(TestServer.parse(content.get("/api/v1/statistics?year=" + Y)));
        assertEquals(48L, counted.get("a").get("articles.news"));
        assertEquals(48L, counted.get("b").get("interpretations.mediaComments"));
        assertEquals(48L, counted.get("a").get("messages.closed"));
        assertEquals(2.0, counted.get("a").get("messages.averageDays"));
        try (Connection connection = database()) {
            assertEquals(OldStatistics.of(connection, Y), counted);
        }
    }

    private void assertEveryYearEqualsTheOldAggregates() throws SQLException {
        Map<String, Long> nonZero = new HashMap<>();
        try (Connection connection = database()) {
            for (int year = Y - 3; year <= Y + 2; year++) {
                Map<String, Map<String, Object>> old = OldStatistics.of(connection, year);
                ApiClient.Reply reply = content.get("/api/v1/statistics?year=" + year);
                assertEquals(200, reply.status(), reply::text);
                assertEquals(old, OldStatistics.fromAnswer(TestServer.parse(reply)), "year " + year);
                old.values().forEach(fields -> fields.forEach((field, value) -> {
                    if (((Number) value).doubleValue() != 0) {
                        nonZero.merge(field, 1L, Long::sum);
                    }
                }));
            }
        }
        assertEquals(12, nonZero.size(), () -> "every field is non-zero somewhere: " + nonZero);
        assertTrue(nonZero.values().stream().allMatch(sitesAndYears -> sitesAndYears >= 3), nonZero::toString);
    }
}
