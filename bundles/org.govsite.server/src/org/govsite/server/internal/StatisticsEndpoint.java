package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.PageTime;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.Role;

/**
 * {@code GET /api/v1/statistics?year=YYYY} (every role: aggregate counts, like the status): per site, the counts the
 * annual report (政府网站工作年度报表) takes from the platform for a calendar year in Asia/Shanghai. Each section is one
 * SQL aggregate grouped by site over indexed ranges, so no row is loaded into memory (docs/server.md, "Statistics").
 */
final class StatisticsEndpoint {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final String TOPICS = "SELECT site_id, " //$NON-NLS-1$
            + "SUM(CASE WHEN (opened_on IS NULL OR opened_on <= ?) AND (NOT archived OR archived_on >= ?) THEN 1 ELSE 0 END), " //$NON-NLS-1$
            + "SUM(CASE WHEN opened_on >= ? AND opened_on <= ? THEN 1 ELSE 0 END) FROM topic GROUP BY site_id"; //$NON-NLS-1$
    private static final String SOLICITATIONS = "SELECT site_id, COUNT(*), SUM(opinions), " //$NON-NLS-1$
            + "SUM(CASE WHEN result_published_at IS NOT NULL THEN 1 ELSE 0 END) " //$NON-NLS-1$
            + "FROM solicitation WHERE start_on >= ? AND start_on <= ? GROUP BY site_id"; //$NON-NLS-1$
    private static final String INTERVIEWS = "SELECT site_id, COUNT(*), SUM(questions), SUM(answers) " //$NON-NLS-1$
            + "FROM interview WHERE held_at >= ? AND held_at < ? GROUP BY site_id"; //$NON-NLS-1$
    private static final String SERVICES = "SELECT site_id, COUNT(*), SUM(CASE WHEN online THEN 1 ELSE 0 END) " //$NON-NLS-1$
            + "FROM service_item GROUP BY site_id"; //$NON-NLS-1$
    private static final String CASES = "SELECT i.site_id, SUM(c.persons), SUM(c.legal_entities) FROM service_cases c " //$NON-NLS-1$
            + "JOIN service_item i ON i.id = c.item_id WHERE c.case_year = ? GROUP BY i.site_id"; //$NON-NLS-1$

    private final Services services;

    StatisticsEndpoint(Services services) {
        this.services = services;
    }

    ApiResponse read(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.values());
        if (request.query("year").isEmpty()) { //$NON-NLS-1$
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "year is required"); //$NON-NLS-1$
        }
        int year = (int) request.number("year", 1900, 9998, 0); //$NON-NLS-1$
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("year", year); //$NON-NLS-1$
        answer.put("sites", services.database().transaction(connection -> sites(connection, year))); //$NON-NLS-1$
        return ApiResponse.json(200, answer);
    }

    private static List<Map<String, Object>> sites(Connection connection, int year) throws SQLException {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long start = first.atStartOfDay(PageTime.ZONE).toEpochSecond();
        long end = first.plusYears(1).atStartOfDay(PageTime.ZONE).toEpochSecond();
        Map<String, Map<String, Long>> counts = StatisticCounts.year(connection, year);
        Map<String, double[]> topics = bySite(connection, TOPICS, 2, last, first, first, last);
        Map<String, double[]> solicitations = bySite(connection, SOLICITATIONS, 3, first, last);
        Map<String, double[]> interviews = bySite(connection, INTERVIEWS, 3, start, end);
        Map<String, double[]> services = bySite(connection, SERVICES, 2);
        Map<String, double[]> cases = bySite(connection, CASES, 2, year);
        return Rows.list(connection, "SELECT id, name, main_domain, id_code FROM site ORDER BY id", row -> { //$NON-NLS-1$
            String site = row.getString(1);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("siteId", site); //$NON-NLS-1$
            entry.put("siteName", row.getString(2)); //$NON-NLS-1$
            entry.put("host", row.getString(3)); //$NON-NLS-1$
            entry.put("idCode", row.getString(4)); //$NON-NLS-1$
            Map<String, Long> n = counts.getOrDefault(site, Map.of());
            long[] a = values(n, StatisticCounts.ARTICLES, StatisticCounts.OVERVIEW, StatisticCounts.NEWS,
                    StatisticCounts.CATALOGUE, ArticleJson.KINDS.get(0), ArticleJson.KINDS.get(1), ArticleJson.KINDS.get(2),
                    ArticleJson.KINDS.get(3));
            entry.put("articles", fields("total", a[0], "overview", a[1], "news", a[2], "catalogue", a[3])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            long[] t = counts(topics, site, 2);
            entry.put("topics", fields("maintained", t[0], "opened", t[1])); //$NON-NLS-1$ //$NON-NLS-2$
            entry.put("interpretations", fields("total", a[4] + a[5] + a[6], "materials", a[4], "products", a[5], //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "mediaComments", a[6])); //$NON-NLS-1$
            entry.put("hotspotResponses", a[7]); //$NON-NLS-1$
            long[] s = counts(services, site, 2);
            long[] c = counts(cases, site, 2);
            Map<String, Object> service = fields("catalogue", s[0] > 0, "registeredUsers", 0L, "items", s[0], //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "onlineItems", s[1]); //$NON-NLS-1$
            service.put("cases", fields("total", c[0] + c[1], "persons", c[0], "legalEntities", c[1])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            entry.put("services", service); //$NON-NLS-1$
            long[] m = values(n, StatisticCounts.RECEIVED, StatisticCounts.CLOSED, StatisticCounts.CLOSED_SECONDS,
                    StatisticCounts.PUBLIC);
            double seconds = m[1] == 0 ? 0 : (double) m[2] / m[1];
            entry.put("messages", fields("received", m[0], "closed", m[1], "averageDays", days(seconds), "public", m[3])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            long[] so = counts(solicitations, site, 3);
            entry.put("solicitations", fields("count", so[0], "opinions", so[1], "resultsPublished", so[2])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            long[] i = counts(interviews, site, 3);
            entry.put("interviews", fields("count", i[0], "questions", i[1], "answers", i[2])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return entry;
        });
    }

    /** @return per site id (the first column), the {@code values} numbers after it (a null is 0) */
    private static Map<String, double[]> bySite(Connection connection, String sql, int values, Object... parameters)
            throws SQLException {
        Map<String, double[]> bySite = new HashMap<>();
        for (Object[] row : Rows.list(connection, sql, row -> {
            double[] numbers = new double[values];
            for (int i = 0; i < values; i++) {
                numbers[i] = row.getDouble(i + 2);
            }
            return new Object[] { row.getString(1), numbers };
        }, parameters)) {
            bySite.put((String) row[0], (double[]) row[1]);
        }
        return bySite;
    }

    /** @return the numbers of {@code site} as whole counts, zeros if it had no rows */
    private static long[] counts(Map<String, double[]> bySite, String site, int values) {
        double[] numbers = bySite.getOrDefault(site, new double[values]);
        long[] counts = new long[values];
        for (int i = 0; i < values; i++) {
            counts[i] = Math.round(numbers[i]);
        }
        return counts;
    }

    /** @return the counts of {@code measures} in their order, 0 for those not kept */
    private static long[] values(Map<String, Long> counts, String... measures) {
        long[] values = new long[measures.length];
        for (int i = 0; i < measures.length; i++) {
            values[i] = counts.getOrDefault(measures[i], 0L);
        }
        return values;
    }

    /** @return the mean handling time in days, one decimal rounded half up, from a mean in seconds */
    private static double days(double seconds) {
        return Math.round(seconds * 10 / SECONDS_PER_DAY) / 10.0;
    }

    /** @return an ordered JSON object of name, value pairs */
    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            object.put((String) pairs[i], pairs[i + 1]);
        }
        return object;
    }
}
