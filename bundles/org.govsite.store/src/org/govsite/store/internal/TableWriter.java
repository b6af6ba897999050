package org.govsite.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.store.StoreException;

/**
 * Brings one table of one platform to the given rows inside the caller's transaction: inserts new rows
 * (version 1), updates rows whose hash changed (version + 1), deletes rows no longer present, all batched.
 * Unchanged rows are not written at all, which keeps repeated saves cheap and the database file small.
 */
public final class TableWriter {

    private static final int BATCH = 1000;

    private record Stored(long version, byte[] hash) {
    }

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
        List<Row> inserts = new ArrayList<>();
        List<Row> updates = new ArrayList<>();
        List<byte[]> insertHashes = new ArrayList<>();
        List<byte[]> updateHashes = new ArrayList<>();
        List<Long> updateVersions = new ArrayList<>();
        Set<String> seen = new HashSet<>(rows.size() * 2);
        for (Row row : rows) {
            if (!seen.add(row.id())) {
                throw new StoreException(NLS.bind(Messages.DuplicateId, row.id(), table.name()));
            }
            byte[] hash = digest.of(row);
            Stored old = stored.remove(row.id());
            if (old == null) {
                inserts.add(row);
                insertHashes.add(hash);
            } else if (!Arrays.equals(old.hash(), hash)) {
                updates.add(row);
                updateHashes.add(hash);
                updateVersions.add(old.version() + 1);
            }
        }
        progress.split(rows.size());
        deleteRows(stored.keySet());
        updateRows(updates, updateHashes, updateVersions, progress.split(updates.size()));
        insertRows(inserts, insertHashes, progress.split(inserts.size()));
        if (table.dependent() != null) {
            deleteDependents(updates);
            List<Row> owners = new ArrayList<>(inserts);
            owners.addAll(updates);
            insertDependents(owners);
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

    private void updateRows(List<Row> rows, List<byte[]> hashes, List<Long> versions, SubMonitor monitor)
            throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, rows.size());
        List<String> columns = table.valueColumns();
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET ");
        columns.forEach(column -> sql.append(column).append(" = ?, "));
        sql.append("row_version = ?, row_hash = ? WHERE platform_id = ? AND id = ?");
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            int pending = 0;
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                int index = bindValues(update, row.values(), 1);
                update.setLong(index++, versions.get(i));
                update.setBytes(index++, hashes.get(i));
                update.setString(index++, platformId);
                update.setString(index, row.id());
                update.addBatch();
                pending = flush(update, ++pending, progress);
            }
            update.executeBatch();
        }
    }

    private void insertRows(List<Row> rows, List<byte[]> hashes, SubMonitor monitor) throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, rows.size());
        List<String> columns = table.valueColumns();
        String sql = "INSERT INTO " + table.name() + " (platform_id, id, " + String.join(", ", columns)
                + ", row_version, row_hash) VALUES (?, ?, " + String.join(", ", Collections.nCopies(columns.size(), "?"))
                + ", 1, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                insert.setString(1, platformId);
                insert.setString(2, row.id());
                int index = bindValues(insert, row.values(), 3);
                insert.setBytes(index, hashes.get(i));
                insert.addBatch();
                pending = flush(insert, ++pending, progress);
            }
            insert.executeBatch();
        }
    }

    private void deleteDependents(List<Row> owners) throws SQLException {
        TableSpec.Dependent dependent = table.dependent();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + dependent.name()
                + " WHERE platform_id = ? AND " + dependent.ownerColumn() + " = ?")) {
            int pending = 0;
            for (Row owner : owners) {
                delete.setString(1, platformId);
                delete.setString(2, owner.id());
                delete.addBatch();
                pending = flush(delete, ++pending);
            }
            delete.executeBatch();
        }
    }

    private void insertDependents(List<Row> owners) throws SQLException {
        TableSpec.Dependent dependent = table.dependent();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + dependent.name()
                + " (platform_id, " + dependent.ownerColumn() + ", position, " + dependent.valueColumn()
                + ") VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (Row owner : owners) {
                List<String> values = owner.dependents();
                for (int position = 0; position < values.size(); position++) {
                    insert.setString(1, platformId);
                    insert.setString(2, owner.id());
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
