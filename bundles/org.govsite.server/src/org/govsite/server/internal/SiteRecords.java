package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.govsite.server.Role;

/**
 * The table of one kind of {@link SiteRecord}: columns {@code id, site_id, <own columns>, version}. Every change
 * holds the site's row lock ({@link SiteScope#lock}), so a site is never deleted under a record being written.
 * Auditors read these records besides content editors and reviewers (the annual report is theirs).
 */
class SiteRecords<T extends SiteRecord<T>> extends EntityTable<T> {
    private final String table;
    private final List<String> own;
    private final Rows.Reader<T> reader;
    private final Role[] updaters;

    /**
     * @param own the table's own columns, in the order of {@link SiteRecord#row()}
     * @param reader reads a row selected as {@code id, site_id, <own>, version}
     * @param updaters who may update
     */
    SiteRecords(String entity, String listField, Class<T> bodyType, String table, List<String> own,
            Rows.Reader<T> reader, Role... updaters) {
        super(entity, listField, bodyType);
        this.table = table;
        this.own = List.copyOf(own);
        this.reader = reader;
        this.updaters = updaters.clone();
    }

    @Override
    final Role[] readers() {
        return new Role[] { Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER, Role.AUDITOR };
    }

    @Override
    final Role[] updaters() {
        return updaters.clone();
    }

    private String select() {
        return "SELECT id, site_id, " + String.join(", ", own) + ", version FROM " + table; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    List<T> list(Connection connection, String site) throws SQLException {
        SiteScope.requireExisting(connection, site);
        return Rows.list(connection, select() + " WHERE site_id = ? ORDER BY id", reader, site); //$NON-NLS-1$
    }

    @Override
    Optional<T> find(Connection connection, String site, String id) throws SQLException {
        return Rows.first(connection, select() + " WHERE id = ?", reader, id) //$NON-NLS-1$
                .filter(found -> site == null || found.site().equals(site));
    }

    @Override
    T prepare(Connection connection, String site, T input, String id, long version) throws SQLException {
        SiteScope.lockAndCheck(connection, site, input.site());
        return input.with(site, id, version);
    }

    @Override
    void insert(Connection connection, T row) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(own.size() + 3, "?")); //$NON-NLS-1$ //$NON-NLS-2$
        Rows.update(connection, "INSERT INTO " + table + " (id, site_id, " + String.join(", ", own) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", version) VALUES (" + marks + ')', //$NON-NLS-1$
                Stream.of(Stream.of(row.id(), row.site()), Stream.of(row.row()), Stream.of(row.version()))
                        .flatMap(values -> values).toArray());
    }

    @Override
    boolean update(Connection connection, T row, long baseVersion) throws SQLException {
        String set = own.stream().map(column -> column + " = ?").collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
        return Rows.update(connection, "UPDATE " + table + " SET " + set + ", version = ? WHERE id = ? AND version = ?", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Stream.of(Stream.of(row.row()), Stream.of(row.version(), row.id(), baseVersion))
                        .flatMap(values -> values).toArray()) == 1;
    }

    @Override
    void beforeDelete(Connection connection, Changes changes, T current) throws SQLException {
        SiteScope.lock(connection, current.site());
    }

    @Override
    boolean delete(Connection connection, String id, long baseVersion) throws SQLException {
        return Rows.update(connection, "DELETE FROM " + table + " WHERE id = ? AND version = ?", id, baseVersion) == 1; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
