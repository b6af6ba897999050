package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code statistic_count} table (schema 6): per site, year (Asia/Shanghai) and measure, a count kept up to date
 * in the transaction of every write that changes it, so that the statistics read a few rows per site
 * (docs/server.md, "Statistics"). Counts only ever move by {@code UPDATE ... SET n = n + ?}: two server instances
 * writing at once add up, and the rows a transaction touches are taken in key order. Public for the benchmark harness.
 */
public final class StatisticCounts {
    /** Articles listed in the site's columns (each once per site), and of those in overview, news, catalogue columns. */
    public static final String ARTICLES = "articles"; //$NON-NLS-1$
    public static final String OVERVIEW = "overview"; //$NON-NLS-1$
    public static final String NEWS = "news"; //$NON-NLS-1$
    public static final String CATALOGUE = "catalogue"; //$NON-NLS-1$
    /** Messages received in the year; of those closed in it, their handling seconds summed, answered publicly. */
    public static final String RECEIVED = "messages.received"; //$NON-NLS-1$
    public static final String CLOSED = "messages.closed"; //$NON-NLS-1$
    public static final String CLOSED_SECONDS = "messages.closedSeconds"; //$NON-NLS-1$
    public static final String PUBLIC = "messages.public"; //$NON-NLS-1$
    // the article kinds (ArticleJson.KINDS) are measures by their own names

    private static final String UPDATE = "UPDATE statistic_count SET n = n + ? " //$NON-NLS-1$
            + "WHERE stat_year = ? AND site_id = ? AND measure = ?"; //$NON-NLS-1$
    private static final String INSERT = "INSERT INTO statistic_count (n, stat_year, site_id, measure) VALUES (?, ?, ?, ?)"; //$NON-NLS-1$

    /** One count: a measure of a site in a year. */
    record Key(int year, String site, String measure) {
        static final Comparator<Key> ORDER = Comparator.comparingInt(Key::year).thenComparing(Key::site)
                .thenComparing(Key::measure);
    }

    /** Amounts by count, to add to the table or to compare with another tally. */
    public static final class Tally {
        private final Map<Key, Long> amounts = new TreeMap<>(Key.ORDER);

        public Tally add(String site, int year, String measure, long amount) {
            amounts.merge(new Key(year, site, measure), amount, Long::sum);
            return this;
        }

        /** @return this tally less {@code other}: what turns the counts of {@code other} into this one's */
        Tally minus(Tally other) {
            Tally difference = new Tally();
            difference.amounts.putAll(amounts);
            other.amounts.forEach((key, amount) -> difference.amounts.merge(key, -amount, Long::sum));
            return difference;
        }

        Tally negated() {
            return new Tally().minus(this);
        }
    }

    private StatisticCounts() {
    }

    /** Adds {@code tally} to the table, creating the counts it does not hold yet. */
    public static void add(Connection connection, Tally tally) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Map.Entry<Key, Long> entry : tally.amounts.entrySet()) {
                if (entry.getValue() != 0 && set(update, entry.getKey(), entry.getValue()).executeUpdate() == 0) {
                    insert(connection, update, entry.getKey(), entry.getValue());
                }
            }
        }
    }

    /** Inserts a count; if another transaction inserted it first (duplicate key), adds to it instead. */
    private static void insert(Connection connection, PreparedStatement update, Key key, long amount) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            set(insert, key, amount).executeUpdate();
        } catch (SQLException e) {
            if (!Rows.isDuplicateKey(e)) {
                throw e;
            }
            connection.rollback(before);
            set(update, key, amount).executeUpdate();
        }
    }

    private static PreparedStatement set(PreparedStatement statement, Key key, long amount) throws SQLException {
        statement.setLong(1, amount);
        statement.setInt(2, key.year());
        statement.setString(3, key.site());
        statement.setString(4, key.measure());
        return statement;
    }

    /**
     * Locks the counts of {@code site}, in key order: a site's deletion takes them before the operation log's head,
     * as every other write does (lock order: site, columns, counts, log), so that it never waits for a write that
     * waits for it.
     */
    static void lockSite(Connection connection, String site) throws SQLException {
        Rows.list(connection, "SELECT n FROM statistic_count WHERE site_id = ? " //$NON-NLS-1$
                + "ORDER BY stat_year, measure FOR UPDATE", row -> row.getLong(1), site); //$NON-NLS-1$
    }

    /** @return the counts of {@code year}: per site id, per measure (counts never written are absent) */
    static Map<String, Map<String, Long>> year(Connection connection, int year) throws SQLException {
        Map<String, Map<String, Long>> bySite = new HashMap<>();
        Rows.list(connection, "SELECT site_id, measure, n FROM statistic_count WHERE stat_year = ?", row -> //$NON-NLS-1$
                bySite.computeIfAbsent(row.getString(1), site -> new HashMap<>()).put(row.getString(2), row.getLong(3)),
                year);
        return bySite;
    }
}
