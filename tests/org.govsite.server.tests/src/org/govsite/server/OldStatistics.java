package org.govsite.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference for the statistics' counts: the aggregate SQL the endpoint ran before schema 6 over the articles and
 * messages themselves (kept here only), giving per site the fields of the answer that the counts now feed.
 */
final class OldStatistics {
    private static final String OVERVIEW = "('OVERVIEW', 'ORGANISATION', 'LEADERS')";
    static final String ARTICLES = "SELECT c.site_id, COUNT(DISTINCT ac.article_id), "
            + "COUNT(DISTINCT CASE WHEN c.category IN " + OVERVIEW + " THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN c.category = 'NEWS' THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN c.category = 'OPEN_GOVERNMENT' THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN a.kind = 'INTERPRETATION_MATERIAL' THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN a.kind = 'INTERPRETATION_PRODUCT' THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN a.kind = 'MEDIA_COMMENT' THEN ac.article_id END), "
            + "COUNT(DISTINCT CASE WHEN a.kind = 'HOTSPOT_RESPONSE' THEN ac.article_id END) "
            + "FROM article a JOIN article_column ac ON ac.article_id = a.id JOIN site_column c ON c.id = ac.column_id "
            + "WHERE a.published_at >= ? AND a.published_at < ? GROUP BY c.site_id";
    static final String MESSAGES = "SELECT site_id, COUNT(*), "
            + "SUM(CASE WHEN closed_at < ? THEN 1 ELSE 0 END), "
            + "AVG(CASE WHEN closed_at < ? THEN CAST(closed_at - received_at AS DOUBLE PRECISION) END), "
            + "SUM(CASE WHEN public_answer THEN 1 ELSE 0 END) "
            + "FROM message WHERE received_at >= ? AND received_at < ? GROUP BY site_id";
    private static final List<String> FIELDS = List.of("articles.total", "articles.overview", "articles.news",
            "articles.catalogue", "interpretations.materials", "interpretations.products", "interpretations.mediaComments",
            "hotspotResponses", "messages.received", "messages.closed", "messages.averageDays", "messages.public");

    private OldStatistics() {
    }

    /** @return per site id with articles or messages in {@code year}, the fields as the old SQL computed them */
    static Map<String, Map<String, Object>> of(Connection connection, int year) throws SQLException {
        LocalDate first = LocalDate.of(year, 1, 1);
        long start = first.atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond();
        long end = first.plusYears(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond();
        Map<String, Map<String, Object>> sites = new TreeMap<>();
        query(connection, ARTICLES, (site, row) -> {
            for (int i = 0; i < 8; i++) {
                sites.computeIfAbsent(site, OldStatistics::zeros).put(FIELDS.get(i), row.getLong(i + 2));
            }
        }, String.format("%04d-01-01 00:00", year), String.format("%04d-01-01 00:00", year + 1));
        query(connection, MESSAGES, (site, row) -> {
            Map<String, Object> fields = sites.computeIfAbsent(site, OldStatistics::zeros);
            fields.put("messages.received", row.getLong(2));
            fields.put("messages.closed", row.getLong(3));
            fields.put("messages.averageDays", Math.round(row.getDouble(4) * 10 / 86_400) / 10.0);
            fields.put("messages.public", row.getLong(5));
        }, end, end, start, end);
        return sites;
    }

    /** @return the same fields of each site in an answer of {@code GET /api/v1/statistics}, sites without any left out */
    static Map<String, Map<String, Object>> fromAnswer(Map<String, Object> answer) {
        Map<String, Map<String, Object>> sites = new TreeMap<>();
        for (Object site : (List<?>) answer.get("sites")) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (String field : FIELDS) {
                Object value = site;
                for (String part : field.split("\\.")) {
                    value = ((Map<?, ?>) value).get(part);
                }
                fields.put(field, value instanceof Integer number ? Long.valueOf(number) : value);
            }
            if (!fields.equals(zeros(null))) {
                sites.put((String) ((Map<?, ?>) site).get("siteId"), fields);
            }
        }
        return sites;
    }

    private static Map<String, Object> zeros(String site) {
        Map<String, Object> fields = new LinkedHashMap<>();
        FIELDS.forEach(field -> fields.put(field, field.equals("messages.averageDays") ? (Object) 0.0 : (Object) 0L));
        return fields;
    }

    private interface RowSink {
        void accept(String site, ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, RowSink sink, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    sink.accept(row.getString(1), row);
                }
            }
        }
    }
}
