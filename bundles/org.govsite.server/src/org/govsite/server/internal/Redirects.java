package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table {@code redirect_entry}: per old host and old path with query ({@link OldPaths}' normal form), a 301 target
 * or a 410 archive link, with the path alone and the names of the query's parameters beside it.
 */
final class Redirects {
    /** The longest old path with query kept, in normal form (the column's width). */
    static final int MAX_PATH = 2000;
    /** At most this many different sets of parameter names of one path are read to find its significant names. */
    private static final int MAX_NAME_SETS = 32;

    /** One entry: {@code status} 301 (moved to {@code target}) or 410 (gone, archived at {@code target}). */
    record Entry(String path, int status, String target) {
    }

    private Redirects() {
    }

    /**
     * The entry answering a request for {@code target} (path and query as requested): the entry of its normal form,
     * else, for a request with a query, the entry of the path with only its significant parameters, those whose
     * names the entries of the same path use (a tracking parameter such as {@code from=singlemessage} added to an
     * old link finds the link's entry; {@code ?id=7} does not find the entry of {@code ?id=5}, nor of the bare path).
     */
    static Optional<Entry> answering(Connection connection, String host, String target) throws SQLException {
        OldPaths requested = OldPaths.of(target);
        Optional<Entry> exact = find(connection, host, requested.path());
        if (exact.isPresent() || requested.parameters().isEmpty()) {
            return exact;
        }
        String significant = requested.keeping(significantNames(connection, host, requested.basePath()));
        return significant.equals(requested.path()) ? Optional.empty() : find(connection, host, significant);
    }

    /** @return the names of the parameters the entries of {@code basePath} use (a few sets, read as in a skip scan) */
    private static Set<String> significantNames(Connection connection, String host, String basePath) throws SQLException {
        Set<String> names = new HashSet<>();
        String after = ""; //$NON-NLS-1$
        for (int i = 0; i < MAX_NAME_SETS; i++) {
            Optional<String> next = Rows.first(connection, "SELECT query_names FROM redirect_entry WHERE host = ? " //$NON-NLS-1$
                    + "AND base_path = ? AND query_names > ? ORDER BY query_names FETCH FIRST 1 ROWS ONLY", //$NON-NLS-1$
                    row -> row.getString(1), host, basePath, after);
            if (next.isEmpty()) {
                break;
            }
            names.addAll(List.of(next.get().split("&"))); //$NON-NLS-1$
            after = next.get();
        }
        return names;
    }

    /** @param path in normal form */
    static Optional<Entry> find(Connection connection, String host, String path) throws SQLException {
        if (path.length() > MAX_PATH) {
            return Optional.empty();
        }
        return Rows.first(connection, "SELECT old_path, status, target FROM redirect_entry WHERE host = ? AND old_path = ?", //$NON-NLS-1$
                row -> new Entry(row.getString(1), row.getInt(2), row.getString(3)), host, path);
    }

    static boolean knows(Connection connection, String host) throws SQLException {
        return Rows.exists(connection, "SELECT 1 FROM redirect_entry WHERE host = ?", host); //$NON-NLS-1$
    }

    /**
     * @param entry its path in normal form
     * @return whether {@code entry} changed the table (a new path, or another status or target)
     */
    static boolean put(Connection connection, String host, Entry entry, long now) throws SQLException {
        Optional<Entry> before = find(connection, host, entry.path());
        if (before.isPresent() && before.get().equals(entry)) {
            return false;
        }
        if (before.isPresent()) {
            Rows.update(connection, "UPDATE redirect_entry SET status = ?, target = ?, updated_at = ? WHERE host = ? AND old_path = ?", //$NON-NLS-1$
                    entry.status(), entry.target(), now, host, entry.path());
        } else {
            insert(connection, host, entry, now);
        }
        return true;
    }

    /** Inserts {@code entry} (its path in normal form) with its path alone and its parameters' names. */
    static void insert(Connection connection, String host, Entry entry, long updatedAt) throws SQLException {
        OldPaths path = OldPaths.of(entry.path());
        Rows.update(connection, "INSERT INTO redirect_entry (host, old_path, base_path, query_names, status, target, updated_at) " //$NON-NLS-1$
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", host, entry.path(), path.basePath(), path.queryNames(), entry.status(), //$NON-NLS-1$
                entry.target(), updatedAt);
    }

    /** @return whether the entry of {@code path} (in any form) was there (and is deleted now) */
    static boolean delete(Connection connection, String host, String path) throws SQLException {
        return Rows.update(connection, "DELETE FROM redirect_entry WHERE host = ? AND old_path = ?", host, //$NON-NLS-1$
                OldPaths.of(path).path()) > 0;
    }

    /** @return the entries of {@code host} in path order after {@code after} (exclusive), at most {@code limit} */
    static List<Entry> list(Connection connection, String host, String after, int limit) throws SQLException {
        return Rows.list(connection, "SELECT old_path, status, target FROM redirect_entry WHERE host = ? AND old_path > ? " //$NON-NLS-1$
                + "ORDER BY old_path FETCH FIRST " + limit + " ROWS ONLY", //$NON-NLS-1$ //$NON-NLS-2$
                row -> new Entry(row.getString(1), row.getInt(2), row.getString(3)), host, after);
    }
}
