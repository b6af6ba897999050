package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.govsite.server.Role;

/**
 * The table of one kind of {@link VersionedEntity} and its rules, for {@link EntityEndpoints}. The scope is the
 * site id of columns, topics and channels (their path {@code /sites/{siteId}/...}); top-level entities ignore it.
 */
abstract class EntityTable<T extends VersionedEntity> {
    private final String entity;
    private final String listField;
    private final Class<T> bodyType;

    /**
     * @param entity the entity name of the change feed and the operation log actions ({@code site.create}, ...)
     * @param listField the field of the list answer, e.g. {@code sites}
     * @param bodyType the JSON record of requests and answers
     */
    EntityTable(String entity, String listField, Class<T> bodyType) {
        this.entity = entity;
        this.listField = listField;
        this.bodyType = bodyType;
    }

    final String entity() {
        return entity;
    }

    final String listField() {
        return listField;
    }

    final Class<T> bodyType() {
        return bodyType;
    }

    /** @return the roles that may list and read: content editors and reviewers unless a table says otherwise */
    Role[] readers() {
        return new Role[] { Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER };
    }

    /** @return the roles that may update: content editors unless a table says otherwise (create and delete: editors) */
    Role[] updaters() {
        return new Role[] { Role.CONTENT_EDITOR };
    }

    /** Deletes every row of the scope, each recorded as a change (a site's deletion). */
    final void removeAll(Connection connection, Changes changes, String scope) throws SQLException {
        for (T row : list(connection, scope)) {
            changes.deleted(entity, row.id(), row.version(), row.name());
            delete(connection, row.id(), row.version());
        }
    }

    /** @throws org.govsite.protocol.ProtocolException {@code GS-REQ-NOT-FOUND} if the scope does not exist */
    abstract List<T> list(Connection connection, String scope) throws SQLException;

    /** @param scope null: in any scope */
    abstract Optional<T> find(Connection connection, String scope, String id) throws SQLException;

    /** @return whether a row has {@code id} in any scope (a table may answer without reading the row) */
    boolean exists(Connection connection, String id) throws SQLException {
        return find(connection, null, id).isPresent();
    }

    /**
     * Checks {@code input} against the database (references, uniqueness), locking what must not change until the
     * transaction ends, and returns the row to write.
     *
     * @return {@code input} with {@code id}, {@code version} and the scope
     */
    abstract T prepare(Connection connection, String scope, T input, String id, long version) throws SQLException;

    /**
     * Locks, before the first create of a batch, what the creates of {@code inputs} lock one by one in
     * {@link #prepare}, all in one order, so that two batches never wait for each other crosswise (each create takes
     * the operation log's head, held until the batch commits). Nothing by default.
     */
    void lockForBatch(Connection connection, List<T> inputs) throws SQLException {
    }

    /**
     * Checks, after a create or update of {@code row} has appended its operation-log entry (the log's head is held
     * until the transaction ends), what only holds once it is held. Nothing by default.
     */
    void afterLogged(Connection connection, T row) throws SQLException {
    }

    abstract void insert(Connection connection, T row) throws SQLException;

    /** @return false if the row is no longer at {@code baseVersion}: nothing written */
    abstract boolean update(Connection connection, T row, long baseVersion) throws SQLException;

    /** Refuses to delete {@code current}, or removes what depends on it first, recording each removal. */
    abstract void beforeDelete(Connection connection, Changes changes, T current) throws SQLException;

    /** @return false if the row is no longer at {@code baseVersion}: nothing deleted */
    abstract boolean delete(Connection connection, String id, long baseVersion) throws SQLException;
}
