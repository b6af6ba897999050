package org.govsite.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.store.StoreException;

/**
 * Brings one table of one platform to the given rows inside the caller's transaction: inserts new rows
 * (version 1), replaces rows whose hash changed (version + 1; delete and insert, measured as fast as an UPDATE
 * of the whole row, and the same path as a new row), deletes rows no longer present, all batched; when most
 * rows change, one set-based DELETE and a re-insert of all rows is faster than row-by-row deletes. Dependent lists follow their owner row (deleted
 * by cascade, inserted again). Unchanged rows are not written at all, which keeps repeated saves cheap.
 */
public final class TableWriter {

    private static final int BATCH = 1000;

    /** When more than this share of the rows is replaced or deleted, the table's rows are all written again. */
    private static final double REWRITE_ABOVE = 0.3;

    private record Stored(long version, byte[] hash) {
    }

    private record Written(Row row, byte[] hash, long version) {
    }

    /**
     * Inserting (and deleting) in key order keeps H2's primary-key index writes local: random-order ids (UUIDs) dirtied pages
     * all over the index between H2's intermediate writes and made a first STANDARD save write ~10x its data.
     */
    private static final Comparator<Written> BY_ID = Comparator.comparing(written -> written.row().id());

    private final Connection connection;
    private final String platformId;
    private final TableSpec table;
    private final RowDigest digest = new RowDigest();

    public TableWriter(Connection connection, String platformId, TableSpec table) {
        this.connection = connection;
        this.platformId = platformId;
        this.table = table;
    }

    public void write(List<Row> rows, SubMonitor monitor) throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, 10 + rows.size() * 2);
        Map<String, Stored> stored = readStored();
        progress.split(10);
        Set<String> deletes = new TreeSet<>();
        List<Written> writes = new ArrayList<>();
        List<Written> unchanged = new ArrayList<>();
        Set<String> seen = new HashSet<>(rows.size() * 2);
        for (Row row : rows) {
            if (!seen.add(row.id())) {
                throw new StoreException(NLS.bind(Messages.DuplicateId, row.id(), table.name()));
            }
            byte[] hash = digest.of(row);
            Stored old = stored.remove(row.id());
            if (old == null) {
                writes.add(new Written(row, hash, 1));
            } else if (!Arrays.equals(old.hash(), hash)) {
                deletes.add(row.id());
                writes.add(new Written(row, hash, old.version() + 1));
            } else {
                unchanged.add(new Written(row, hash, old.version()));
            }
        }
        progress.split(rows.size());
        deletes.addAll(stored.keySet());
        if (deletes.size() > REWRITE_ABOVE * rows.size()) {
            deleteAll();
            writes.addAll(unchanged);
        } else {
            deleteRows(deletes);
        }
        writes.sort(BY_ID);
        insertRows(writes, progress.split(writes.size()));
        if (table.dependent() != null) {
            insertDependents(writes);
        }
        progress.setWorkRemaining(0);
    }

    private Map<String, Stored> readStored() throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, row_version, row_hash FROM " + table.name() + " WHERE platform_id = ?")) {
            select.setString(1, platformId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    stored.put(result.getString(1), new Stored(result.getLong(2), result.getBytes(3)));
                }
            }
        }
        return stored;
    }

    private void deleteAll() throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table.name() + " WHERE platform_id = ?")) {
            delete.setString(1, platformId);
            delete.executeUpdate();
        }
    }

    private void deleteRows(Set<String> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table.name() + " WHERE platform_id = ? AND id = ?")) {
            int pending = 0;
            for (String id : ids) {
                delete.setString(1, platformId);
                delete.setString(2, id);
                delete.addBatch();
                pending = flush(delete, ++pending);
            }
            delete.executeBatch();
        }
    }

    private void insertRows(List<Written> rows, SubMonitor monitor) throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, rows.size());
        List<String> columns = table.valueColumns();
        String sql = "INSERT INTO " + table.name() + " (platform_id, id, " + String.join(", ", columns)
                + ", row_version, row_hash) VALUES (?, ?, " + String.join(", ", Collections.nCopies(columns.size(), "?"))
                + ", ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Written written : rows) {
                insert.setString(1, platformId);
                insert.setString(2, written.row().id());
                int index = bindValues(insert, written.row().values(), 3);
                insert.setLong(index++, written.version());
                insert.setBytes(index, written.hash());
                insert.addBatch();
                pending = flush(insert, ++pending, progress);
            }
            insert.executeBatch();
        }
    }

    private void insertDependents(List<Written> owners) throws SQLException {
        TableSpec.Dependent dependent = table.dependent();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + dependent.name()
                + " (platform_id, " + dependent.ownerColumn() + ", position, " + dependent.valueColumn()
                + ") VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (Written owner : owners) {
                List<String> values = owner.row().dependents();
                for (int position = 0; position < values.size(); position++) {
                    insert.setString(1, platformId);
                    insert.setString(2, owner.row().id());
                    insert.setInt(3, position);
                    insert.setString(4, values.get(position));
                    insert.addBatch();
                    pending = flush(insert, ++pending);
                }
            }
            insert.executeBatch();
        }
    }

    private static int bindValues(PreparedStatement statement, Object[] values, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }

    private static int flush(PreparedStatement statement, int pending) throws SQLException {
        if (pending < BATCH) {
            return pending;
        }
        statement.executeBatch();
        return 0;
    }

    private static int flush(PreparedStatement statement, int pending, SubMonitor monitor) throws SQLException {
        int left = flush(statement, pending);
        if (left == 0) {
            monitor.split(BATCH);
        }
        return left;
    }
}
