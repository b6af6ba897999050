package org.govsite.benchmarks.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.govsite.server.internal.Database;
import org.govsite.server.internal.StatisticCounts;

/**
 * Writes a province's library into a server database with batched INSERTs (generation, not timed): {@value #SITES}
 * sites of {@value #COLUMNS} columns of the counted and other categories, {@code articles} articles over the ten years
 * {@value #FIRST_YEAR} to {@value #FIRST_YEAR}+9 (one column link each, every twentieth a second link into a column
 * of the next site; one in seven of each counted kind), a fifth as many messages (closed after 1 to 200 hours, every
 * fifth never, every third answered publicly), and the statistics' counts of all of it, tallied here as the server
 * counts them and written through {@link StatisticCounts#add}.
 */
final class StatisticsData {
    static final int SITES = 400;
    static final int COLUMNS = 10;
    static final int FIRST_YEAR = 2017;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 10_000;
    private static final List<String> CATEGORIES = List.of("OVERVIEW", "ORGANISATION", "LEADERS", "NEWS", "NEWS",
            "OPEN_GOVERNMENT", "POLICY", "INTERPRETATION", "SERVICE", "INTERACTION");
    private static final List<String> KINDS = List.of("INTERPRETATION_MATERIAL", "INTERPRETATION_PRODUCT",
            "MEDIA_COMMENT", "HOTSPOT_RESPONSE");

    private final StatisticCounts.Tally tally = new StatisticCounts.Tally();

    private StatisticsData() {
    }

    /** Writes everything into {@code database}, whose host organisation {@code organisation} exists. */
    static void write(Database database, String organisation, int articles) throws SQLException {
        StatisticsData data = new StatisticsData();
        database.transaction(connection -> data.sites(connection, organisation));
        for (int from = 0; from < articles; from += BATCH) {
            int start = from;
            database.transaction(connection -> data.articles(connection, start, Math.min(articles, start + BATCH)));
        }
        for (int from = 0; from < articles / 5; from += BATCH) {
            int start = from;
            database.transaction(connection -> data.messages(connection, start, Math.min(articles / 5, start + BATCH)));
        }
        database.transaction(connection -> {
            StatisticCounts.add(connection, data.tally);
            return null;
        });
    }

    static String site(int site) {
        return String.format("s%03d", site);
    }

    private static String column(int site, int column) {
        return site(site) + "-c" + column;
    }

    private Void sites(Connection connection, String organisation) throws SQLException {
        try (PreparedStatement site = connection.prepareStatement("INSERT INTO site (id, name, kind, site_level, host_id, "
                + "main_domain, status, version) VALUES (?, ?, 'DEPARTMENT', 'CITY', ?, ?, 'RUNNING', 1)");
                PreparedStatement column = connection.prepareStatement("INSERT INTO site_column (id, site_id, name, "
                        + "path_segment, category, update_period_days, position, version) VALUES (?, ?, ?, ?, ?, 7, ?, 1)")) {
            for (int s = 0; s < SITES; s++) {
                site.setString(1, site(s));
                site.setString(2, "站点 " + s);
                site.setString(3, organisation);
                site.setString(4, site(s) + ".bench.gov.cn");
                site.addBatch();
                for (int c = 0; c < COLUMNS; c++) {
                    column.setString(1, column(s, c));
                    column.setString(2, site(s));
                    column.setString(3, "栏目 " + c);
                    column.setString(4, "c" + c);
                    column.setString(5, CATEGORIES.get(c));
                    column.setInt(6, c);
                    column.addBatch();
                }
            }
            site.executeBatch();
            column.executeBatch();
        }
        return null;
    }

    private Void articles(Connection connection, int from, int to) throws SQLException {
        try (PreparedStatement article = connection.prepareStatement(ArticleInserts.ARTICLE);
                PreparedStatement link = connection.prepareStatement(ArticleInserts.LINK)) {
            for (int i = from; i < to; i++) {
                String id = String.format("a%07d", i);
                int year = FIRST_YEAR + i % 10;
                String kind = i % 7 < KINDS.size() ? KINDS.get(i % 7) : null;
                ArticleInserts.article(article, id, String.format("%04d-%02d-%02d %02d:%02d", year, 1 + i / 10 % 12,
                        1 + i / 120 % 28, i / 3360 % 24, i % 60), kind);
                article.addBatch();
                int site = i / 10 % SITES;
                int home = i / 4000 % COLUMNS;
                ArticleInserts.link(link, id, 0, column(site, home));
                count(site, home, year, kind);
                if (i % 20 == 0) {
                    int other = (home + 3) % COLUMNS;
                    ArticleInserts.link(link, id, 1, column((site + 1) % SITES, other));
                    count((site + 1) % SITES, other, year, kind);
                }
            }
            article.executeBatch();
            link.executeBatch();
        }
        return null;
    }

    /** Counts an article listed in one column of {@code site} as the server does. */
    private void count(int site, int column, int year, String kind) {
        String id = site(site);
        String category = CATEGORIES.get(column);
        tally.add(id, year, StatisticCounts.ARTICLES, 1);
        tally.add(id, year, StatisticCounts.OVERVIEW, List.of("OVERVIEW", "ORGANISATION", "LEADERS").contains(category) ? 1 : 0);
        tally.add(id, year, StatisticCounts.NEWS, category.equals("NEWS") ? 1 : 0);
        tally.add(id, year, StatisticCounts.CATALOGUE, category.equals("OPEN_GOVERNMENT") ? 1 : 0);
        if (kind != null) {
            tally.add(id, year, kind, 1);
        }
    }

    private Void messages(Connection connection, int from, int to) throws SQLException {
        try (PreparedStatement message = connection.prepareStatement("INSERT INTO message (id, site_id, title, "
                + "received_at, answered_at, closed_at, public_answer, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (int i = from; i < to; i++) {
                int year = FIRST_YEAR + i % 10;
                String site = site(i / 10 % SITES);
                long received = LocalDateTime.of(year, 1 + i / 10 % 12, 1 + i / 120 % 28, i / 3360 % 24, i % 60)
                        .atZone(BEIJING).toEpochSecond();
                Long closed = i % 5 == 0 ? null : received + 3600L * (1 + i % 200);
                message.setString(1, String.format("m%07d", i));
                message.setString(2, site);
                message.setString(3, "留言 " + i);
                message.setLong(4, received);
                message.setObject(5, i % 3 == 0 ? closed : null);
                message.setObject(6, closed);
                message.setBoolean(7, i % 3 == 0 && closed != null);
                message.addBatch();
                tally.add(site, year, StatisticCounts.RECEIVED, 1);
                if (closed != null && closed < LocalDate.of(year + 1, 1, 1).atStartOfDay(BEIJING).toEpochSecond()) {
                    tally.add(site, year, StatisticCounts.CLOSED, 1);
                    tally.add(site, year, StatisticCounts.CLOSED_SECONDS, closed - received);
                }
                tally.add(site, year, StatisticCounts.PUBLIC, i % 3 == 0 && closed != null ? 1 : 0);
            }
            message.executeBatch();
        }
        return null;
    }
}
