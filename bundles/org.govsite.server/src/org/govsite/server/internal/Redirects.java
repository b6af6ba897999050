package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The table {@code redirect_entry}: per old host and old path with query, a 301 target or a 410 archive link. */
final class Redirects {
    /** One entry: {@code status} 301 (moved to {@code target}) or 410 (gone, archived at {@code target}). */
    record Entry(String path, int status, String target) {
    }

    private Redirects() {
    }

    static Optional<Entry> find(Connection connection, String host, String path) throws SQLException {
        return Rows.first(connection, "SELECT old_path, status, target FROM redirect_entry WHERE host = ? AND old_path = ?", //$NON-NLS-1$
                row -> new Entry(row.getString(1), row.getInt(2), row.getString(3)), host, path);
    }

    static boolean knows(Connection connection, String host) throws SQLException {
        return Rows.exists(connection, "SELECT 1 FROM redirect_entry WHERE host = ?", host); //$NON-NLS-1$
    }

    /** @return whether {@code entry} changed the table (a new path, or another status or target) */
    static boolean put(Connection connection, String host, Entry entry, long now) throws SQLException {
        Optional<Entry> before = find(connection, host, entry.path());
        if (before.isPresent() && before.get().equals(entry)) {
            return false;
        }
        if (before.isPresent()) {
            Rows.update(connection, "UPDATE redirect_entry SET status = ?, target = ?, updated_at = ? WHERE host = ? AND old_path = ?", //$NON-NLS-1$
                    entry.status(), entry.target(), now, host, entry.path());
        } else {
            Rows.update(connection, "INSERT INTO redirect_entry (host, old_path, status, target, updated_at) VALUES (?, ?, ?, ?, ?)", //$NON-NLS-1$
                    host, entry.path(), entry.status(), entry.target(), now);
        }
        return true;
    }

    /** @return whether the entry of {@code path} was there (and is deleted now) */
    static boolean delete(Connection connection, String host, String path) throws SQLException {
        return Rows.update(connection, "DELETE FROM redirect_entry WHERE host = ? AND old_path = ?", host, path) > 0; //$NON-NLS-1$
    }

    /** @return the entries of {@code host} in path order after {@code after} (exclusive), at most {@code limit} */
    static List<Entry> list(Connection connection, String host, String after, int limit) throws SQLException {
        return Rows.list(connection, "SELECT old_path, status, target FROM redirect_entry WHERE host = ? AND old_path > ? " //$NON-NLS-1$
                + "ORDER BY old_path FETCH FIRST " + limit + " ROWS ONLY", //$NON-NLS-1$ //$NON-NLS-2$
                row -> new Entry(row.getString(1), row.getInt(2), row.getString(3)), host, after);
    }
}
