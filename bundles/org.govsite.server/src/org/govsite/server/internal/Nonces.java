package org.govsite.server.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import org.govsite.protocol.NonceRegistry;

/**
 * Request nonces in the database: an INSERT on the primary key records a nonce atomically, so two server instances
 * on one database refuse a replay between them. Expired nonces are deleted as new ones come.
 */
public final class Nonces implements NonceRegistry {
    /** SQLSTATE of a unique or primary key violation. */
    private static final String DUPLICATE_KEY = "23505"; //$NON-NLS-1$

    private final Database database;
    private final Clock clock;

    public Nonces(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean register(String nonce, Instant rememberUntil) {
        try {
            return database.transaction(connection -> {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM request_nonce WHERE remember_until < ?"); //$NON-NLS-1$
                        PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO request_nonce (nonce, remember_until) VALUES (?, ?)")) { //$NON-NLS-1$
                    delete.setLong(1, clock.instant().getEpochSecond());
                    delete.executeUpdate();
                    insert.setString(1, nonce);
                    insert.setLong(2, rememberUntil.getEpochSecond());
                    insert.executeUpdate();
                    return true;
                }
            });
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("nonce registry failed", e); //$NON-NLS-1$
        }
    }
}
