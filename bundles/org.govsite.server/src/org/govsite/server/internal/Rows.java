package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small JDBC helpers: queries with positional parameters bound by {@link PreparedStatement#setObject}. */
final class Rows {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static final String DUPLICATE_KEY = "23505"; //$NON-NLS-1$
    /** Foreign key violations: PostgreSQL's, H2's for a parent row missing. */
    private static final Set<String> MISSING_REFERENCE = Set.of("23503", "23506"); //$NON-NLS-1$ //$NON-NLS-2$

    private Rows() {
    }

    /** @return whether {@code e} says a row refers to one that does not exist (a foreign key violation) */
    static boolean isMissingReference(SQLException e) {
        return MISSING_REFERENCE.contains(e.getSQLState());
    }

    /** @return whether {@code e} is a unique or primary key violation (SQLSTATE 23505, H2 and PostgreSQL) */
    static boolean isDuplicateKey(SQLException e) {
        return DUPLICATE_KEY.equals(e.getSQLState());
    }

    static <T> List<T> list(Connection connection, String sql, Reader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, parameters); ResultSet row = select.executeQuery()) {
            List<T> all = new ArrayList<>();
            while (row.next()) {
                all.add(reader.read(row));
            }
            return all;
        }
    }

    /** @return the rows' second column (a string) grouped by their first, each group in row order */
    static Map<String, List<String>> grouped(Connection connection, String sql, Object... parameters) throws SQLException {
        Map<String, List<String>> groups = new HashMap<>();
        try (PreparedStatement select = prepare(connection, sql, parameters); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                groups.computeIfAbsent(row.getString(1), key -> new ArrayList<>()).add(row.getString(2));
            }
        }
        return groups;
    }

    static <T> Optional<T> first(Connection connection, String sql, Reader<T> reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, parameters); ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
        }
    }

    static boolean exists(Connection connection, String sql, Object... parameters) throws SQLException {
        return first(connection, sql, row -> Boolean.TRUE, parameters).isPresent();
    }

    static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        return first(connection, sql, row -> row.getLong(1), parameters).orElseThrow();
    }

    /** @return the update count */
    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = prepare(connection, sql, parameters)) {
            return update.executeUpdate();
        }
    }

    /**
     * Inserts, in one batch, a row per element of {@code values}: its parameters {@code id}, the element's index and
     * the element (an ordered list of links, e.g. an article's columns).
     */
    static void insertList(Connection connection, String sql, String id, List<String> values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                insert.setString(1, id);
                insert.setInt(2, i);
                insert.setString(3, values.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
