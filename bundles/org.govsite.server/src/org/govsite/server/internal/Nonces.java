package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.govsite.protocol.NonceRegistry;

/**
 * Request nonces in the database: an INSERT on the primary key records a nonce atomically, so two server instances
 * on one database refuse a replay between them. Expired nonces are deleted at most once every
 * {@value #PURGE_INTERVAL_SECONDS} s by each instance, in the transaction of a new nonce: a row kept a little longer
 * than needed changes nothing (the timestamp window refuses its requests anyway), and a purge on every request
 * would write to the database twice per request.
 */
public final class Nonces implements NonceRegistry {
    /** How often an instance deletes expired nonces, at most. */
    static final long PURGE_INTERVAL_SECONDS = 10;
    /** SQLSTATE of a unique or primary key violation. */

    private final Database database;
    private final Clock clock;
    private final AtomicLong nextPurge = new AtomicLong();

    public Nonces(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean register(String nonce, Instant rememberUntil) {
        try {
            return database.transaction(connection -> {
                purgeWhenDue(connection);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO request_nonce (nonce, remember_until) VALUES (?, ?)")) { //$NON-NLS-1$
                    insert.setString(1, nonce);
                    insert.setLong(2, rememberUntil.getEpochSecond());
                    insert.executeUpdate();
                    return true;
                }
            });
        } catch (SQLException e) {
            if (Rows.isDuplicateKey(e)) {
                return false;
            }
            throw new IllegalStateException("nonce registry failed", e); //$NON-NLS-1$
        }
    }

    private void purgeWhenDue(Connection connection) throws SQLException {
        long now = clock.instant().getEpochSecond();
        long due = nextPurge.get();
        if (now < due || !nextPurge.compareAndSet(due, now + PURGE_INTERVAL_SECONDS)) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM request_nonce WHERE remember_until < ?")) { //$NON-NLS-1$
            delete.setLong(1, now);
            delete.executeUpdate();
        }
    }
}
