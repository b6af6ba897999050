package org.govsite.store.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Versioned schemas with Flyway, shared by the workbench store and the platform server (H2 and PostgreSQL): the
 * scripts {@code V<n>__<description>.sql} in one resource folder, found on the class path of a class (its bundle in
 * OSGi, its folder or jar on a flat class path: {@link ScriptFolder}), each applied once, in version order, in its own
 * transaction, and recorded in Flyway's {@code flyway_schema_history}. Adding a script to the folder is the whole
 * change.
 * <p>
 * A database written by GovSite's earlier runner (table {@value #LEGACY_TABLE}) is taken over: Flyway baselines it
 * at the version that table records, the later scripts are applied, and the old table is dropped. A database whose
 * schema is newer than the newest script is refused ({@link NewerSchemaException}) and left untouched.
 */
public final class SchemaMigrations {
    /** The version table of GovSite's runner before Flyway. */
    public static final String LEGACY_TABLE = "schema_version"; //$NON-NLS-1$

    private static final String HISTORY_TABLE = "flyway_schema_history"; //$NON-NLS-1$

    /**
     * Flyway reports each step at INFO; where it logs through java.util.logging (the workbench has no SLF4J) that is
     * console noise, so only its warnings are kept. Held here: JUL keeps loggers weakly.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb"); //$NON-NLS-1$

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private SchemaMigrations() {
    }

    /**
     * Brings the database to the newest script of {@code folder}.
     *
     * @param dataSource the database (H2 or PostgreSQL)
     * @param anchor a class whose class path (bundle, folder or jar) holds the scripts
     * @param folder the scripts' resource folder there, e.g. {@code org/govsite/server/schema}
     * @param steps the versions written in Java, applied in version order among the scripts
     * @return the schema version afterwards (0 for an empty folder on an empty database)
     * @throws NewerSchemaException if the database has a newer version than the newest script
     * @throws SQLException if the database or a script fails: that script's transaction is rolled back
     */
    public static int migrate(DataSource dataSource, Class<?> anchor, String folder, JavaSchemaStep... steps)
            throws SQLException {
        int legacyVersion = legacyVersion(dataSource);
        FluentConfiguration configuration = Flyway.configure(anchor.getClassLoader()).dataSource(dataSource)
                .resourceProvider(new ScriptFolder(anchor, folder))
                .javaMigrations(Arrays.stream(steps).map(FlywayStep::new).toArray(JavaMigration[]::new));
        if (legacyVersion > 0) {
            configuration.baselineOnMigrate(true).baselineVersion(Integer.toString(legacyVersion))
                    .baselineDescription(LEGACY_TABLE);
        }
        try {
            Flyway flyway = configuration.load();
            refuseNewer(flyway, legacyVersion);
            flyway.migrate();
            dropLegacyTable(dataSource);
            MigrationInfo current = flyway.info().current();
            return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
        } catch (FlywayException e) {
            throw e.getCause() instanceof SQLException cause ? cause : new SQLException(e.getMessage(), e);
        }
    }

    private static void refuseNewer(Flyway flyway, int legacyVersion) throws NewerSchemaException {
        MigrationInfo[] all = flyway.info().all();
        int known = Arrays.stream(all).filter(info -> info.getState().isResolved() && info.getVersion() != null)
                .mapToInt(info -> Integer.parseInt(info.getVersion().getVersion())).max().orElse(0);
        int found = Arrays.stream(all).filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                || info.getState() == MigrationState.FUTURE_FAILED).map(MigrationInfo::getVersion)
                .mapToInt(SchemaMigrations::number).max().orElse(legacyVersion);
        if (found > known) {
            throw new NewerSchemaException(found, known);
        }
    }

    private static int number(MigrationVersion version) {
        return Integer.parseInt(version.getVersion());
    }

    /** @return the version recorded by the earlier runner, 0 if there is none or Flyway already took over */
    private static int legacyVersion(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasTable(connection, LEGACY_TABLE) || hasTable(connection, HISTORY_TABLE)) {
                return 0;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + LEGACY_TABLE)) { //$NON-NLS-1$
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static void dropLegacyTable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (hasTable(connection, LEGACY_TABLE)) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE " + LEGACY_TABLE); //$NON-NLS-1$
                }
            }
        }
    }

    /** Whether the connection's current schema has this table (H2 folds unquoted names to upper case, PostgreSQL to lower). */
    private static boolean hasTable(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String candidate : new String[] { name, name.toUpperCase(Locale.ROOT) }) {
            try (ResultSet tables = meta.getTables(null, connection.getSchema(), candidate, new String[] { "TABLE" })) { //$NON-NLS-1$
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
