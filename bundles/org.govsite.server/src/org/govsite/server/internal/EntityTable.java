package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The table of one kind of {@link VersionedEntity} and its rules, for {@link EntityEndpoints}. The scope is the
 * site id of columns and topics (their path {@code /sites/{siteId}/...}); top-level entities ignore it.
 */
interface EntityTable<T extends VersionedEntity> {
    /** @return the entity name of the change feed and the operation log actions ({@code site.create}, ...) */
    String entity();

    /** @return the field of the list answer, e.g. {@code sites} */
    String listField();

    Class<T> bodyType();

    /** @throws org.govsite.protocol.ProtocolException {@code GS-REQ-NOT-FOUND} if the scope does not exist */
    List<T> list(Connection connection, String scope) throws SQLException;

    /** @param scope null: in any scope */
    Optional<T> find(Connection connection, String scope, String id) throws SQLException;

    /**
     * Checks {@code input} against the database (references, uniqueness), locking what must not change until the
     * transaction ends, and returns the row to write.
     *
     * @return {@code input} with {@code id}, {@code version} and the scope
     */
    T prepare(Connection connection, String scope, T input, String id, long version) throws SQLException;

    void insert(Connection connection, T row) throws SQLException;

    /** @return false if the row is no longer at {@code baseVersion}: nothing written */
    boolean update(Connection connection, T row, long baseVersion) throws SQLException;

    /** Refuses to delete {@code current}, or removes what depends on it first, recording each removal. */
    void beforeDelete(Connection connection, Changes changes, T current) throws SQLException;

    /** @return false if the row is no longer at {@code baseVersion}: nothing deleted */
    boolean delete(Connection connection, String id, long baseVersion) throws SQLException;
}
