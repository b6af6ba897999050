package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The table {@code migration_notice}: per old host, the notice saying where its site went and for how long. */
final class Notices {
    /** The shortest time a notice is shown (DOMAIN.md "Sites": kept at least 30 days), in seconds. */
    static final long MIN_SECONDS = 30L * 24 * 60 * 60;
    private static final String COLUMNS = "host, site_id, superior_site_id, title, body, starts_at, ends_at"; //$NON-NLS-1$

    /**
     * A notice: shown from {@code startsAt} (inclusive) to {@code endsAt} (exclusive), Unix seconds.
     *
     * @param siteId the site the old host's content went to
     * @param superiorSiteId the superior portal that also shows the notice
     */
    record Notice(String host, String siteId, String superiorSiteId, String title, String text, long startsAt, long endsAt) {
        boolean activeAt(long now) {
            return startsAt <= now && now < endsAt;
        }

        /** @return whether it has been shown since before {@code now} but not yet {@link #MIN_SECONDS} */
        boolean lockedAt(long now) {
            return startsAt <= now && now < startsAt + MIN_SECONDS;
        }
    }

    private Notices() {
    }

    static Optional<Notice> find(Connection connection, String host) throws SQLException {
        return Rows.first(connection, "SELECT " + COLUMNS + " FROM migration_notice WHERE host = ?", Notices::read, host); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** As {@link #find}, locking the row until the transaction ends: the checks of a change and the change are one. */
    static Optional<Notice> lock(Connection connection, String host) throws SQLException {
        return Rows.first(connection, "SELECT " + COLUMNS + " FROM migration_notice WHERE host = ? FOR UPDATE", Notices::read, host); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the notices shown at {@code now} on the portal published under {@code portalHost}, by old host */
    static List<Notice> activeOnPortal(Connection connection, String portalHost, long now) throws SQLException {
        return Rows.list(connection, "SELECT n.host, n.site_id, n.superior_site_id, n.title, n.body, n.starts_at, n.ends_at " //$NON-NLS-1$
                + "FROM migration_notice n JOIN published_host h ON h.site_id = n.superior_site_id " //$NON-NLS-1$
                + "WHERE h.host = ? AND n.starts_at <= ? AND n.ends_at > ? ORDER BY n.host", Notices::read, portalHost, now, now); //$NON-NLS-1$
    }

    /** Writes {@code notice}, replacing the notice of its host if there is one. */
    static void put(Connection connection, Notice notice, long now) throws SQLException {
        delete(connection, notice.host());
        Rows.update(connection, "INSERT INTO migration_notice (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$ //$NON-NLS-2$
                notice.host(), notice.siteId(), notice.superiorSiteId(), notice.title(), notice.text(), notice.startsAt(),
                notice.endsAt(), now);
    }

    static void delete(Connection connection, String host) throws SQLException {
        Rows.update(connection, "DELETE FROM migration_notice WHERE host = ?", host); //$NON-NLS-1$
    }

    private static Notice read(ResultSet row) throws SQLException {
        return new Notice(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getLong(6), row.getLong(7));
    }
}
