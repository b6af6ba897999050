package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.server.Role;

/** The {@code operator} table: accounts with their SM2 public key, password verifier, roles and lockout state. */
public final class Operators {
    /** An operator account as stored. */
    public record Operator(String name, Sm2PublicKey publicKey, String passwordVerifier, Set<Role> roles,
            long lockedUntil) {
    }

    /** An operator as {@code GET /api/v1/operators} lists it. */
    public record Listed(String name, List<String> roles, boolean locked, Long lockedUntil, String publicKeyFingerprint) {
    }

    private Operators() {
    }

    /** @return every operator by name; locked means locked at {@code now} */
    public static List<Listed> list(Connection connection, long now) throws SQLException {
        List<Listed> all = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, public_key_pem, roles, locked_until FROM operator ORDER BY name"); //$NON-NLS-1$
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                long lockedUntil = row.getLong(4);
                boolean locked = lockedUntil > now;
                all.add(new Listed(row.getString(1), parseRoles(row.getString(3)).stream().map(Role::wireName).sorted().toList(),
                        locked, locked ? lockedUntil : null, KeyFingerprint.of(Sm2PublicKey.fromPem(row.getString(2)))));
            }
        }
        return all;
    }

    /** @return false if there is no operator {@code name}; its sessions go with it */
    public static boolean delete(Connection connection, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM operator WHERE name = ?")) { //$NON-NLS-1$
            delete.setString(1, name);
            return delete.executeUpdate() == 1;
        }
    }

    /** @return false if there is no operator {@code name} */
    public static boolean updateKey(Connection connection, String name, Sm2PublicKey key) throws SQLException {
        return updateColumn(connection, "public_key_pem", key.toPem(), name); //$NON-NLS-1$
    }

    /** @return false if there is no operator {@code name} */
    public static boolean updatePassword(Connection connection, String name, String passwordVerifier) throws SQLException {
        return updateColumn(connection, "password_verifier", passwordVerifier, name); //$NON-NLS-1$
    }

    /** Ends every session of operator {@code name}. */
    public static void endSessions(Connection connection, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM api_session WHERE operator = ?")) { //$NON-NLS-1$
            delete.setString(1, name);
            delete.executeUpdate();
        }
    }

    private static boolean updateColumn(Connection connection, String column, String value, String name) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE operator SET " + column + " = ? WHERE name = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            update.setString(1, value);
            update.setString(2, name);
            return update.executeUpdate() == 1;
        }
    }

    public static Optional<Operator> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, public_key_pem, password_verifier, roles, locked_until FROM operator WHERE name = ?")) { //$NON-NLS-1$
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Operator(row.getString(1), Sm2PublicKey.fromPem(row.getString(2)), row.getString(3),
                        parseRoles(row.getString(4)), row.getLong(5)));
            }
        }
    }

    /** @return the roles of operator {@code name}, if there is one (what each signed request is checked against) */
    public static Optional<Set<Role>> roles(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT roles FROM operator WHERE name = ?")) { //$NON-NLS-1$
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(parseRoles(row.getString(1))) : Optional.empty();
            }
        }
    }

    public static boolean any(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM operator"); //$NON-NLS-1$
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1) > 0;
        }
    }

    /** @return false if an operator of that name exists already */
    public static boolean insert(Connection connection, String name, Sm2PublicKey key, String passwordVerifier,
            Set<Role> roles, long now) throws SQLException {
        if (find(connection, name).isPresent()) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO operator (name, public_key_pem, password_verifier, roles, created_at) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            insert.setString(1, name);
            insert.setString(2, key.toPem());
            insert.setString(3, passwordVerifier);
            insert.setString(4, formatRoles(roles));
            insert.setLong(5, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (Rows.isDuplicateKey(e)) {
                return false; // registered at the same moment by another transaction
            }
            throw e;
        }
        return true;
    }

    /**
     * Counts one more failed login atomically (concurrent failures all count).
     *
     * @return the failures in a row now
     */
    public static int recordFailure(Connection connection, String name) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE operator SET failed_logins = failed_logins + 1 WHERE name = ?"); //$NON-NLS-1$
                PreparedStatement select = connection.prepareStatement("SELECT failed_logins FROM operator WHERE name = ?")) { //$NON-NLS-1$
            update.setString(1, name);
            update.executeUpdate();
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    /**
     * Sets the lock ({@code 0}: none) and clears the failure count.
     *
     * @return false if there is no operator {@code name}
     */
    public static boolean setLock(Connection connection, String name, long lockedUntil) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE operator SET failed_logins = 0, locked_until = ? WHERE name = ?")) { //$NON-NLS-1$
            update.setLong(1, lockedUntil);
            update.setString(2, name);
            return update.executeUpdate() == 1;
        }
    }

    /** @return false if there is no operator {@code name} */
    public static boolean updateRoles(Connection connection, String name, Set<Role> roles) throws SQLException {
        return updateColumn(connection, "roles", formatRoles(roles), name); //$NON-NLS-1$
    }

    /** @return how many operators have {@code role} */
    public static long countWith(Connection connection, Role role) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT roles FROM operator FOR UPDATE"); //$NON-NLS-1$
                ResultSet row = select.executeQuery()) {
            long count = 0;
            while (row.next()) {
                if (parseRoles(row.getString(1)).contains(role)) {
                    count++;
                }
            }
            return count;
        }
    }

    static String formatRoles(Set<Role> roles) {
        return roles.stream().map(Role::wireName).sorted().collect(Collectors.joining(",")); //$NON-NLS-1$
    }

    private static Set<Role> parseRoles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(text.split(",")).map(Role::fromWireName).flatMap(Optional::stream).forEach(roles::add); //$NON-NLS-1$
        return roles;
    }
}
