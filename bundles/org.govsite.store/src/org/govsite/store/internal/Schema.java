package org.govsite.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.govsite.store.StoreException;

/**
 * Versioned schema: scripts {@code schema/V<n>__*.sql} of this bundle, applied in order, each in its own
 * transaction that also records the version in {@code schema_version}. Loaded through this class's loader,
 * so it works in OSGi and on a flat class path.
 */
public final class Schema {

    /** Script n of this list brings the schema to version n + 1. Append only. */
    private static final List<String> SCRIPTS = List.of("V1__platform.sql");

    public static final int CURRENT_VERSION = SCRIPTS.size();

    private Schema() {
    }

    public static void migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL PRIMARY KEY, "
                    + "applied_at TIMESTAMP(3) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
        }
        int version = currentVersion(connection);
        if (version > CURRENT_VERSION) {
            throw new StoreException(NLS.bind(Messages.NewerSchema, version, CURRENT_VERSION));
        }
        for (int next = version + 1; next <= CURRENT_VERSION; next++) {
            apply(connection, next);
        }
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        String script = SCRIPTS.get(version - 1);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
            statement.execute("INSERT INTO schema_version (version) VALUES (" + version + ")");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<String> statements(String script) {
        try (InputStream in = Schema.class.getResourceAsStream("/org/govsite/store/schema/" + script)) {
            if (in == null) {
                throw new StoreException(NLS.bind(Messages.MissingScript, script));
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.replaceAll("(?m)^\\s*--.*$", "").split(";")).stream().map(String::strip)
                    .filter(sql -> !sql.isEmpty()).toList();
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.MissingScript, script), e);
        }
    }
}
