package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

/** The site of the path of a column or topic request ({@code /sites/{siteId}/...}). */
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
     * Locks the row of site {@code site} until the transaction ends: changes to its columns and topics and its
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
}
