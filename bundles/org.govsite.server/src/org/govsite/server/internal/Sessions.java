package org.govsite.server.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import org.govsite.crypto.Sm2PublicKey;
import org.govsite.crypto.Sm4;
import org.govsite.protocol.SessionCredentials;
import org.govsite.protocol.SessionLookup;

/**
 * Login challenges and sessions in the database. Session keys are stored SM4-GCM sealed under the server's seal key
 * ({@link ServerKey#sealKey}), the session id as associated data, since the server needs them in clear to check
 * HMACs.
 */
public final class Sessions implements SessionLookup {
    private final Database database;
    private final byte[] sealKey;
    private final Clock clock;

    public Sessions(Database database, byte[] sealKey, Clock clock) {
        this.database = database;
        this.sealKey = sealKey.clone();
        this.clock = clock;
    }

    public void addChallenge(Connection connection, String challenge, String operator, long expiresAt) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM login_challenge WHERE expires_at < ?"); //$NON-NLS-1$
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO login_challenge (challenge, operator, expires_at) VALUES (?, ?, ?)")) { //$NON-NLS-1$
            delete.setLong(1, now());
            delete.executeUpdate();
            insert.setString(1, challenge);
            insert.setString(2, operator);
            insert.setLong(3, expiresAt);
            insert.executeUpdate();
        }
    }

    /**
     * Consumes {@code challenge} whatever the outcome.
     *
     * @return whether it was issued to {@code operator} and has not expired
     */
    public boolean consumeChallenge(Connection connection, String challenge, String operator) throws SQLException {
        boolean valid;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT operator, expires_at FROM login_challenge WHERE challenge = ? FOR UPDATE")) { //$NON-NLS-1$
            select.setString(1, challenge);
            try (ResultSet row = select.executeQuery()) {
                valid = row.next() && row.getString(1).equals(operator) && row.getLong(2) >= now();
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM login_challenge WHERE challenge = ?")) { //$NON-NLS-1$
            delete.setString(1, challenge);
            return delete.executeUpdate() == 1 && valid;
        }
    }

    public void addSession(Connection connection, String id, String operator, byte[] sessionKey, long expiresAt)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM api_session WHERE expires_at < ?"); //$NON-NLS-1$
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO api_session (id, operator, sealed_key, expires_at) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
            delete.setLong(1, now());
            delete.executeUpdate();
            insert.setString(1, id);
            insert.setString(2, operator);
            insert.setBytes(3, Sm4.encryptGcm(sealKey, sessionKey, associatedData(id)));
            insert.setLong(4, expiresAt);
            insert.executeUpdate();
        }
    }

    public void removeSession(Connection connection, String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM api_session WHERE id = ?")) { //$NON-NLS-1$
            delete.setString(1, id);
            delete.executeUpdate();
        }
    }

    @Override
    public Optional<SessionCredentials> find(String sessionId) {
        try {
            return database.transaction(connection -> find(connection, sessionId));
        } catch (SQLException e) {
            throw new IllegalStateException("session lookup failed", e); //$NON-NLS-1$
        }
    }

    private Optional<SessionCredentials> find(Connection connection, String sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT s.operator, s.sealed_key, o.public_key_pem FROM api_session s JOIN operator o ON o.name = s.operator " //$NON-NLS-1$
                        + "WHERE s.id = ? AND s.expires_at >= ?")) { //$NON-NLS-1$
            select.setString(1, sessionId);
            select.setLong(2, now());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String operator = row.getString(1);
                byte[] key = Sm4.decryptGcm(sealKey, row.getBytes(2), associatedData(sessionId));
                String publicKeyPem = row.getString(3);
                try {
                    return Optional.of(new SessionCredentials(operator, key, () -> Sm2PublicKey.fromPem(publicKeyPem)));
                } finally {
                    Arrays.fill(key, (byte) 0);
                }
            }
        }
    }

    private static byte[] associatedData(String sessionId) {
        return sessionId.getBytes(StandardCharsets.US_ASCII);
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
