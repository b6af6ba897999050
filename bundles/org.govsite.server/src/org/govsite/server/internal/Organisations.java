package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code organisation} table. Every row has a version, 1 when created and + 1 per update. */
final class Organisations {
    private static final String COLUMNS = "id, name, kind, division_code, short_name, superior_id, version"; //$NON-NLS-1$

    private Organisations() {
    }

    static List<OrganisationJson> list(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM organisation ORDER BY id"); //$NON-NLS-1$ //$NON-NLS-2$
                ResultSet row = select.executeQuery()) {
            List<OrganisationJson> all = new ArrayList<>();
            while (row.next()) {
                all.add(read(row));
            }
            return all;
        }
    }

    static Optional<OrganisationJson> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM organisation WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    static void insert(Connection connection, OrganisationJson organisation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organisation (" + COLUMNS //$NON-NLS-1$
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            bind(insert, organisation);
            insert.executeUpdate();
        }
    }

    /** @return false if the row is no longer at {@code baseVersion} (changed meanwhile): nothing written */
    static boolean update(Connection connection, OrganisationJson organisation, long baseVersion) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE organisation SET id = ?, name = ?, kind = ?, " //$NON-NLS-1$
                + "division_code = ?, short_name = ?, superior_id = ?, version = ? WHERE id = ? AND version = ?")) { //$NON-NLS-1$
            bind(update, organisation);
            update.setString(8, organisation.id());
            update.setLong(9, baseVersion);
            return update.executeUpdate() == 1;
        }
    }

    /** @return false if the row is no longer at {@code baseVersion}: nothing deleted */
    static boolean delete(Connection connection, String id, long baseVersion) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM organisation WHERE id = ? AND version = ?")) { //$NON-NLS-1$
            delete.setString(1, id);
            delete.setLong(2, baseVersion);
            return delete.executeUpdate() == 1;
        }
    }

    static boolean isSuperiorOfAny(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM organisation WHERE superior_id = ? LIMIT 1")) { //$NON-NLS-1$
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void bind(PreparedStatement statement, OrganisationJson organisation) throws SQLException {
        statement.setString(1, organisation.id());
        statement.setString(2, organisation.name());
        statement.setString(3, organisation.kind());
        statement.setString(4, organisation.divisionCode());
        statement.setString(5, organisation.shortName());
        statement.setString(6, organisation.superior());
        statement.setLong(7, organisation.version());
    }

    private static OrganisationJson read(ResultSet row) throws SQLException {
        return new OrganisationJson(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getLong(7));
    }
}
