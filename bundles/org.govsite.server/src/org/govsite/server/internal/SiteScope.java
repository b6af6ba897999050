package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

/** The site of the path of a column, topic or channel request ({@code /sites/{siteId}/...}). */
final class SiteScope {
    private SiteScope() {
    }

    /** @throws ProtocolException {@code GS-REQ-NOT-FOUND} if site {@code site} does not exist */
    static void requireExisting(Connection connection, String site) throws SQLException {
        if (!Rows.exists(connection, "SELECT 1 FROM site WHERE id = ?", site)) { //$NON-NLS-1$
            throw new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no site " + site); //$NON-NLS-1$
        }
    }

    /**
     * Locks the row of site {@code site} until the transaction ends: changes to its columns, topics and channels and its
     * deletion take turns.
     *
     * @throws ProtocolException {@code GS-REQ-NOT-FOUND} if there is no such site
     */
    static void lock(Connection connection, String site) throws SQLException {
        if (!Rows.exists(connection, "SELECT id FROM site WHERE id = ? FOR UPDATE", site)) { //$NON-NLS-1$
            throw new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no site " + site); //$NON-NLS-1$
        }
    }

    /** Locks the site ({@link #lock}) and checks that the body's {@code site}, if given, is the path's. */
    static void lockAndCheck(Connection connection, String site, String bodySite) throws SQLException {
        lock(connection, site);
        if (bodySite != null && !bodySite.equals(site)) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "site in the body differs from the path"); //$NON-NLS-1$
        }
    }

    /**
     * Locks the site and checks the body's site ({@link #lockAndCheck}), then that no other row {@code id} of
     * {@code table} in the site has {@code pathSegment}.
     *
     * @param table a table of the site whose path segments are unique in it ({@code topic}, {@code channel}), which is
     *        also the entity's name
     */
    static void lockAndCheckSegment(Connection connection, String site, String bodySite, String table, String id,
            String pathSegment) throws SQLException {
        lockAndCheck(connection, site, bodySite);
        if (Rows.exists(connection, "SELECT 1 FROM " + table + " WHERE site_id = ? AND path_segment = ? AND id <> ?", //$NON-NLS-1$ //$NON-NLS-2$
                site, pathSegment, id)) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD,
                    "pathSegment " + pathSegment + " is used by another " + table + " of the site"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
