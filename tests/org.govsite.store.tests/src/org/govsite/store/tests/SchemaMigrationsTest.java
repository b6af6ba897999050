package org.govsite.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.govsite.store.PlatformInfo;
import org.govsite.store.PlatformStore;
import org.govsite.store.StoreException;
import org.govsite.store.internal.Messages;
import org.govsite.store.migration.NewerSchemaException;
import org.govsite.store.migration.SchemaMigrations;
import org.govsite.testing.LegacySchema;
import org.govsite.testing.SqlRows;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway migrations in the OSGi runtime: scripts found in a bundle (here this test fragment's folders
 * {@code schema/one} and {@code schema/two}), a later script applied to an existing database, and databases of
 * GovSite's runner before Flyway ({@code schema_version}) taken over.
 */
class SchemaMigrationsTest {
    /** Records a version 99 in Flyway's history, as a newer GovSite would have. */
    static final String FUTURE_VERSION_99 = "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
            + "\"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
            + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 'test', 0, TRUE)";

    private static final String TEST_SCHEMA = "org/govsite/store/tests/schema/";

    @TempDir
    Path folder;

    @Test
    void aNewScriptInTheFolderIsAppliedToAnExistingDatabase() throws SQLException {
        JdbcDataSource database = h2(folder.resolve("notes"));
        assertEquals(1, SchemaMigrations.migrate(database, getClass(), TEST_SCHEMA + "one"));
        assertEquals(List.of("from V1"), SqlRows.strings(database, "SELECT text FROM note"));
        assertEquals(1, SchemaMigrations.migrate(database, getClass(), TEST_SCHEMA + "one"), "nothing to do twice");

        assertEquals(2, SchemaMigrations.migrate(database, getClass(), TEST_SCHEMA + "two"));
        assertEquals(List.of("from V1"), SqlRows.strings(database, "SELECT text FROM note"));
        assertEquals(List.of("v2"), SqlRows.strings(database, "SELECT tag FROM note_tag"));
        assertEquals(List.of("1", "2"), SqlRows.strings(database, "SELECT \"version\" FROM \"flyway_schema_history\" "
                + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\""));
    }

    @Test
    void aDatabaseOfANewerProgramIsRefusedAndLeftAlone() throws SQLException {
        JdbcDataSource database = h2(folder.resolve("notes"));
        SchemaMigrations.migrate(database, getClass(), TEST_SCHEMA + "two");
        execute(database, FUTURE_VERSION_99);
        NewerSchemaException failure = assertThrows(NewerSchemaException.class,
                () -> SchemaMigrations.migrate(database, getClass(), TEST_SCHEMA + "two"));
        assertEquals(99, failure.found());
        assertEquals(2, failure.known());
    }

    @Test
    void aStoreOfTheRunnerBeforeFlywayIsTakenOverWithItsData() throws SQLException {
        Path store = folder.resolve("store");
        JdbcDataSource database = h2(store.resolve(PlatformStore.DATABASE_NAME));
        legacyStore(database, 1);
        execute(database, "INSERT INTO platform (id, name, level, site_count, saved_at, row_version) "
                + "VALUES ('p1', '旧平台', 'PROVINCE', 0, CURRENT_TIMESTAMP, 1)");

        try (PlatformStore opened = PlatformStore.open(store)) {
            assertEquals(List.of("p1"), opened.list().stream().map(PlatformInfo::id).toList());
        }
        assertFalse(hasTable(database, SchemaMigrations.LEGACY_TABLE), "the old version table is dropped");
        assertEquals(List.of("1 BASELINE"),
                SqlRows.strings(database, "SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" IS NOT NULL"));
        PlatformStore.open(store).close();
    }

    @Test
    void aStoreOfTheRunnerBeforeFlywayWithANewerVersionIsRefusedAndLeftAlone() throws SQLException {
        Path store = folder.resolve("store");
        JdbcDataSource database = h2(store.resolve(PlatformStore.DATABASE_NAME));
        legacyStore(database, 7);

        StoreException failure = assertThrows(StoreException.class, () -> PlatformStore.open(store));
        assertEquals(NLS.bind(Messages.NewerSchema, 7, 1), failure.getMessage());
        assertTrue(hasTable(database, SchemaMigrations.LEGACY_TABLE));
        assertFalse(hasTable(database, "flyway_schema_history"));
    }

    /** A store as GovSite's runner before Flyway left it, at {@code version}. */
    private static void legacyStore(JdbcDataSource database, int version) throws SQLException {
        try (Connection connection = database.getConnection()) {
            LegacySchema.create(connection, PlatformStore.class, "/org/govsite/store/schema/V1__platform.sql", version);
        }
    }

    private static JdbcDataSource h2(Path file) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + file);
        return database;
    }

    private static void execute(JdbcDataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean hasTable(JdbcDataSource database, String name) throws SQLException {
        return !SqlRows.strings(database, "SELECT table_name FROM information_schema.tables WHERE LOWER(table_name) = '"
                + name + "'").isEmpty();
    }
}
