package org.govsite.benchmarks.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;

import org.govsite.benchmarks.Benchmark;
import org.govsite.model.Platform;
import org.govsite.store.internal.PlatformRows;
import org.govsite.store.internal.Row;
import org.govsite.store.internal.TableSpec;
import org.govsite.testing.Folders;

/**
 * Baseline for saving: the same rows into the same tables with plain batched INSERTs (rows prepared before
 * timing; no diff, no hashing, no model walk).
 */
public final class BareH2Insert implements Benchmark {

    static final String NAME = "h2.insert";
    private static final byte[] HASH = new byte[32];
    private static final int BATCH = 1000;

    private String platformId;
    private PlatformRows rows;
    private Path folder;
    private Connection connection;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp() {
        Platform platform = StoreFixture.standardProvince();
        platformId = platform.getId();
        rows = PlatformRows.of(platform);
    }

    @Override
    public void beforeEach() throws Exception {
        folder = StoreFixture.newFolder();
        connection = StoreFixture.connect(folder);
    }

    @Override
    public void run() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform (id, name, division_code, "
                + "level, site_count, saved_at, row_version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
            insert.setString(1, platformId);
            Object[] values = rows.platformValues();
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 2, values[i]);
            }
            insert.setObject(values.length + 2, OffsetDateTime.now());
            insert.executeUpdate();
        }
        for (TableSpec table : TableSpec.ALL) {
            insertRows(table, rows.rows(table));
            if (table.dependent() != null) {
                insertDependents(table.dependent(), rows.rows(table));
            }
        }
        connection.commit();
    }

    private void insertRows(TableSpec table, List<Row> tableRows) throws SQLException {
        List<String> columns = table.valueColumns();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.name()
                + " (platform_id, id, " + String.join(", ", columns) + ", row_version, row_hash) VALUES (?, ?, "
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ", 1, ?)")) {
            int pending = 0;
            for (Row row : tableRows) {
                insert.setString(1, platformId);
                insert.setString(2, row.id());
                for (int i = 0; i < row.values().length; i++) {
                    insert.setObject(i + 3, row.values()[i]);
                }
                insert.setBytes(columns.size() + 3, HASH);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    private void insertDependents(TableSpec.Dependent dependent, List<Row> owners) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + dependent.name()
                + " (platform_id, " + dependent.ownerColumn() + ", position, " + dependent.valueColumn()
                + ") VALUES (?, ?, ?, ?)")) {
            for (Row owner : owners) {
                for (int position = 0; position < owner.dependents().size(); position++) {
                    insert.setString(1, platformId);
                    insert.setString(2, owner.id());
                    insert.setInt(3, position);
                    insert.setString(4, owner.dependents().get(position));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    @Override
    public void afterEach() throws Exception {
        connection.close();
        Folders.delete(folder);
    }
}
