package org.govsite.benchmarks.server;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Baseline of {@code server.statistics}: the two aggregate queries the statistics endpoint ran before schema 6 for
 * the articles and messages of a year (kept here only), over the same database, in one transaction: the part of the
 * old endpoint the counts replace, without HTTP, signature, the other sections or JSON.
 */
public final class OldAggregates extends OnStatisticsPlatform {
    static final String NAME = "server.statistics.aggregates";
    private static final String ARTICLES = "SELECT c.site_id, COUNT(DISTINCT ac.article_id), "
            + "COUNT(DISTINCT CASE WHEN c.category IN ('OVERVIEW', 'ORGANISATION', 'LEADERS') THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN c.category = 'NEWS' THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN c.category = 'OPEN_GOVERNMENT' THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN a.kind = 'INTERPRETATION_MATERIAL' THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN a.kind = 'INTERPRETATION_PRODUCT' THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN a.kind = 'MEDIA_COMMENT' THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN a.kind = 'HOTSPOT_RESPONSE' THEN ac.article_id END) "
            + "FROM article a JOIN article_column ac ON ac.article_id = a.id JOIN site_column c ON c.id = ac.column_id "
            + "WHERE a.published_at >= ? AND a.published_at < ? GROUP BY c.site_id";
    private static final String MESSAGES = "SELECT site_id, COUNT(*), SUM(CASE WHEN closed_at < ? THEN 1 ELSE 0 END), "
            + "AVG(CASE WHEN closed_at < ? THEN CAST(closed_at - received_at AS DOUBLE PRECISION) END), "
            + "SUM(CASE WHEN public_answer THEN 1 ELSE 0 END) "
            + "FROM message WHERE received_at >= ? AND received_at < ? GROUP BY site_id";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void beforeEach() throws Exception {
        fixture.touch();
    }

    @Override
    public void run() throws Exception {
        int year = StatisticsFixture.YEAR;
        long start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond();
        long end = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond();
        fixture.old.clear();
        fixture.api.database.transaction(connection -> {
            try (PreparedStatement articles = connection.prepareStatement(ARTICLES);
                    PreparedStatement messages = connection.prepareStatement(MESSAGES)) {
                articles.setString(1, year + "-01-01 00:00");
                articles.setString(2, (year + 1) + "-01-01 00:00");
                read(articles, 0, 8);
                messages.setLong(1, end);
                messages.setLong(2, end);
                messages.setLong(3, start);
                messages.setLong(4, end);
                read(messages, 8, 4);
            }
            return null;
        });
    }

    /** Puts the {@code values} numbers after each row's site id at {@code offset} of the site's fields. */
    private void read(PreparedStatement query, int offset, int values) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                List<Number> fields = fixture.old.computeIfAbsent(row.getString(1), site -> {
                    List<Number> zeros = new ArrayList<>(Collections.nCopies(12, (Number) 0L));
                    zeros.set(10, 0.0);
                    return zeros;
                });
                for (int i = 0; i < values; i++) {
                    fields.set(offset + i, offset + i == 10 ? (Number) (Math.round(row.getDouble(i + 2) * 10 / 86_400) / 10.0)
                            : (Number) row.getLong(i + 2));
                }
            }
        }
    }
}
