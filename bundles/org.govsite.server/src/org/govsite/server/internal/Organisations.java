package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

/**
 * The {@code organisation} table: a superior must be another existing organisation; an organisation that is the
 * superior of another or hosts a site cannot be deleted. An organisation's row is locked ({@link #lock}) by whatever
 * comes to depend on it (a site it hosts, an organisation under it) and by its deletion before it looks for
 * dependants, so that the two take turns even on two instances.
 */
final class Organisations extends EntityTable<OrganisationJson> {
    private static final String COLUMNS = "id, name, kind, division_code, short_name, superior_id, version"; //$NON-NLS-1$

    Organisations() {
        super("organisation", "organisations", OrganisationJson.class); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    List<OrganisationJson> list(Connection connection, String scope) throws SQLException {
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM organisation ORDER BY id", Organisations::read); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    Optional<OrganisationJson> find(Connection connection, String scope, String id) throws SQLException {
        return Rows.first(connection, "SELECT " + COLUMNS + " FROM organisation WHERE id = ?", Organisations::read, id); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Locks the row of organisation {@code id} until the transaction ends.
     *
     * @return false if there is no such organisation (any more)
     */
    static boolean lock(Connection connection, String id) throws SQLException {
        return Rows.exists(connection, "SELECT id FROM organisation WHERE id = ? FOR UPDATE", id); //$NON-NLS-1$
    }

    @Override
    OrganisationJson prepare(Connection connection, String scope, OrganisationJson input, String id, long version)
            throws SQLException {
        String superior = input.superior();
        if (superior != null && (superior.equals(id) || !lock(connection, superior))) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "superior " + superior + " is not another organisation"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return input.with(id, version);
    }

    @Override
    void insert(Connection connection, OrganisationJson organisation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organisation (" + COLUMNS //$NON-NLS-1$
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            bind(insert, organisation);
            insert.executeUpdate();
        }
    }

    @Override
    boolean update(Connection connection, OrganisationJson organisation, long baseVersion) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE organisation SET id = ?, name = ?, kind = ?, " //$NON-NLS-1$
                + "division_code = ?, short_name = ?, superior_id = ?, version = ? WHERE id = ? AND version = ?")) { //$NON-NLS-1$
            bind(update, organisation);
            update.setString(8, organisation.id());
            update.setLong(9, baseVersion);
            return update.executeUpdate() == 1;
        }
    }

    @Override
    void beforeDelete(Connection connection, Changes changes, OrganisationJson current) throws SQLException {
        if (!lock(connection, current.id())) {
            throw new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no organisation " + current.id()); //$NON-NLS-1$
        }
        if (Rows.exists(connection, "SELECT 1 FROM organisation WHERE superior_id = ?", current.id())) { //$NON-NLS-1$
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "organisation " + current.id() + " is the superior of others"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (Rows.exists(connection, "SELECT 1 FROM site WHERE host_id = ?", current.id())) { //$NON-NLS-1$
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "organisation " + current.id() + " hosts sites"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    boolean delete(Connection connection, String id, long baseVersion) throws SQLException {
        return Rows.update(connection, "DELETE FROM organisation WHERE id = ? AND version = ?", id, baseVersion) == 1; //$NON-NLS-1$
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
