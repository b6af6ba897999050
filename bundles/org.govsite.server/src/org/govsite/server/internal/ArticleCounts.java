package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What articles contribute to the statistics' counts ({@link StatisticCounts}): each article once per site whose
 * columns list it, in the year of its publication time (Asia/Shanghai: the first four characters of
 * {@code published_at}), to {@code articles}, to {@code overview}, {@code news}, {@code catalogue} when one of that
 * site's columns listing it is of such a category, and to its kind. A write changing what an article contributes
 * (the article itself, or a column's category or existence) runs in {@link #around}, which adds the difference.
 * Public for the benchmark harness, which times what counting adds to an article's insert.
 */
public final class ArticleCounts {
    /** One article, by id. */
    public static final String ARTICLE = "a.id = ?"; //$NON-NLS-1$
    /** The articles linked to a column id (whether or not that column exists). */
    static final String IN_COLUMN = "a.id IN (SELECT article_id FROM article_column WHERE column_id = ?)"; //$NON-NLS-1$

    private static final String PER_SITE = "SELECT c.site_id, SUBSTRING(a.published_at FROM 1 FOR 4), a.kind, " //$NON-NLS-1$
            + "MAX(CASE WHEN c.category IN ('OVERVIEW', 'ORGANISATION', 'LEADERS') THEN 1 ELSE 0 END), " //$NON-NLS-1$
            + "MAX(CASE WHEN c.category = 'NEWS' THEN 1 ELSE 0 END), " //$NON-NLS-1$
            + "MAX(CASE WHEN c.category = 'OPEN_GOVERNMENT' THEN 1 ELSE 0 END) " //$NON-NLS-1$
            + "FROM article a JOIN article_column ac ON ac.article_id = a.id JOIN site_column c ON c.id = ac.column_id " //$NON-NLS-1$
            + "WHERE "; //$NON-NLS-1$
    private static final String GROUP = " GROUP BY a.id, c.site_id, a.published_at, a.kind"; //$NON-NLS-1$

    private ArticleCounts() {
    }

    /**
     * Runs {@code write} and adds to the counts what it changed in the contributions of the articles {@code filter}
     * selects.
     *
     * @param filter {@link #ARTICLE} or {@link #IN_COLUMN}
     */
    static <T> T around(Connection connection, String filter, String id, Database.Work<T> write) throws SQLException {
        StatisticCounts.Tally before = of(connection, filter, id);
        T result = write.run(connection);
        StatisticCounts.add(connection, of(connection, filter, id).minus(before));
        return result;
    }

    /** @return the contributions of the articles {@code filter} selects, as they are now */
    public static StatisticCounts.Tally of(Connection connection, String filter, String id) throws SQLException {
        StatisticCounts.Tally tally = new StatisticCounts.Tally();
        Rows.list(connection, PER_SITE + filter + GROUP, row -> {
            String site = row.getString(1);
            int year = Integer.parseInt(row.getString(2));
            tally.add(site, year, StatisticCounts.ARTICLES, 1);
            if (row.getString(3) != null) {
                tally.add(site, year, row.getString(3), 1);
            }
            tally.add(site, year, StatisticCounts.OVERVIEW, row.getInt(4));
            tally.add(site, year, StatisticCounts.NEWS, row.getInt(5));
            return tally.add(site, year, StatisticCounts.CATALOGUE, row.getInt(6));
        }, id);
        return tally;
    }
}
