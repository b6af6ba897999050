package org.govsite.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases as GovSite's schema runner before Flyway left them, for migration tests: the tables of its scripts and
 * its {@code schema_version} table.
 */
public final class LegacySchema {
    private LegacySchema() {
    }

    /**
     * Runs the script {@code resource} (statements split at {@code ;}, {@code --} comment lines dropped, as the old
     * runner did) and records versions 1 to {@code version} in {@code schema_version}.
     *
     * @param anchor a class whose loader sees the script
     * @param resource the script's resource path, e.g. {@code /org/govsite/store/schema/V1__platform.sql}
     */
    public static void create(Connection connection, Class<?> anchor, String resource, int version) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : read(anchor, resource).replaceAll("(?m)^\\s*--.*$", "").split(";")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            statement.execute("CREATE TABLE schema_version (version INT NOT NULL PRIMARY KEY, " //$NON-NLS-1$
                    + "applied_at TIMESTAMP(3) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)"); //$NON-NLS-1$
            for (int v = 1; v <= version; v++) {
                statement.execute("INSERT INTO schema_version (version) VALUES (" + v + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private static String read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the class path of " + anchor.getName()); //$NON-NLS-1$
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
