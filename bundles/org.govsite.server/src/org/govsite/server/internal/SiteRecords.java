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
 * Auditors read these records besides content editors and reviewers (the annual report is theirs). A kind of record
 * the statistics count ({@link #counts}) keeps its counts ({@link StatisticCounts}) in the transaction of each write.
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
        return stored(connection, id).filter(found -> site == null || found.site().equals(site));
    }

    private Optional<T> stored(Connection connection, String id) throws SQLException {
        return Rows.first(connection, select() + " WHERE id = ?", reader, id); //$NON-NLS-1$
    }

    /** @return what {@code record} adds to the statistics' counts: nothing, unless a kind of record is counted */
    StatisticCounts.Tally counts(T record) {
        return new StatisticCounts.Tally();
    }

    /** @return what the stored record {@code id} adds to the statistics' counts (nothing if there is none) */
    private StatisticCounts.Tally storedCounts(Connection connection, String id) throws SQLException {
        return stored(connection, id).map(this::counts).orElseGet(StatisticCounts.Tally::new);
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
        StatisticCounts.add(connection, counts(row));
    }

    @Override
    boolean update(Connection connection, T row, long baseVersion) throws SQLException {
        String set = own.stream().map(column -> column + " = ?").collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
        StatisticCounts.Tally before = storedCounts(connection, row.id());
        boolean updated = Rows.update(connection, "UPDATE " + table + " SET " + set + ", version = ? WHERE id = ? AND version = ?", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Stream.of(Stream.of(row.row()), Stream.of(row.version(), row.id(), baseVersion))
                        .flatMap(values -> values).toArray()) == 1;
        if (updated) {
            StatisticCounts.add(connection, counts(row).minus(before));
        }
        return updated;
    }

    @Override
    void beforeDelete(Connection connection, Changes changes, T current) throws SQLException {
        SiteScope.lock(connection, current.site());
    }

    @Override
    boolean delete(Connection connection, String id, long baseVersion) throws SQLException {
        StatisticCounts.Tally before = storedCounts(connection, id);
        boolean deleted = Rows.update(connection, "DELETE FROM " + table + " WHERE id = ? AND version = ?", id, //$NON-NLS-1$ //$NON-NLS-2$
                baseVersion) == 1;
        if (deleted) {
            StatisticCounts.add(connection, before.negated());
        }
        return deleted;
    }
}
