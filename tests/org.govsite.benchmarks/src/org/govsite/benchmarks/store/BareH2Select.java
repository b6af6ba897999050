package org.govsite.benchmarks.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.govsite.benchmarks.Benchmark;
import org.govsite.model.Platform;
import org.govsite.store.PlatformStore;
import org.govsite.store.internal.TableSpec;
import org.govsite.testing.Folders;

/** Baseline for loading: the same rows read with plain SELECTs into arrays of values (no model objects). */
public final class BareH2Select implements Benchmark {

    static final String NAME = "h2.select";

    private String platformId;
    private Path folder;
    private Connection connection;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp() throws Exception {
        Platform platform = StoreFixture.standardProvince();
        platformId = platform.getId();
        folder = StoreFixture.newFolder();
        try (PlatformStore store = PlatformStore.open(folder)) {
            store.save(platform, null);
        }
        connection = StoreFixture.connect(folder);
    }

    @Override
    public void run() throws SQLException {
        List<Object[]> values = new ArrayList<>();
        for (TableSpec table : TableSpec.ALL) {
            read("SELECT id, " + String.join(", ", table.valueColumns()) + " FROM " + table.name()
                    + " WHERE platform_id = ? ORDER BY position", values);
            if (table.dependent() != null) {
                TableSpec.Dependent dependent = table.dependent();
                read("SELECT " + dependent.ownerColumn() + ", " + dependent.valueColumn() + " FROM " + dependent.name()
                        + " WHERE platform_id = ? ORDER BY " + dependent.ownerColumn() + ", position", values);
            }
        }
        connection.commit();
        if (values.isEmpty()) {
            throw new IllegalStateException("no rows");
        }
    }

    private void read(String sql, List<Object[]> values) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, platformId);
            try (ResultSet result = select.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = result.getObject(i + 1);
                    }
                    values.add(row);
                }
            }
        }
    }

    @Override
    public void tearDown() throws Exception {
        connection.close();
        Folders.delete(folder);
    }
}
