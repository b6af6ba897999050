package org.govsite.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema, as the workbench store does it (docs/store.md): scripts {@code schema/V<n>__*.sql} of this
 * bundle, loaded through this class's loader (OSGi and flat class path alike), applied in order inside the caller's
 * transaction together with their {@code schema_version} row. A database of a newer version is refused.
 */
public final class Schema {
    /** Script n of this list brings the schema to version n + 1. Append only. */
    private static final List<String> SCRIPTS = List.of("V1__server.sql", "V2__content.sql"); //$NON-NLS-1$ //$NON-NLS-2$

    public static final int CURRENT_VERSION = SCRIPTS.size();

    private Schema() {
    }

    static void migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL PRIMARY KEY, " //$NON-NLS-1$
                    + "applied_at TIMESTAMP(3) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)"); //$NON-NLS-1$
            int version;
            try (ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) { //$NON-NLS-1$
                result.next();
                version = result.getInt(1);
            }
            if (version > CURRENT_VERSION) {
                throw new SQLException("the database has schema version " + version //$NON-NLS-1$
                        + ", newer than this server's " + CURRENT_VERSION); //$NON-NLS-1$
            }
            for (int next = version + 1; next <= CURRENT_VERSION; next++) {
                for (String sql : statements(SCRIPTS.get(next - 1))) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO schema_version (version) VALUES (" + next + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private static List<String> statements(String script) throws SQLException {
        try (InputStream in = Schema.class.getResourceAsStream("/org/govsite/server/schema/" + script)) { //$NON-NLS-1$
            if (in == null) {
                throw new SQLException("schema script " + script + " is missing from the bundle"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.replaceAll("(?m)^\\s*--.*$", "").split(";")).stream().map(String::strip) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .filter(sql -> !sql.isEmpty()).toList();
        } catch (IOException e) {
            throw new SQLException("schema script " + script + " cannot be read", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
