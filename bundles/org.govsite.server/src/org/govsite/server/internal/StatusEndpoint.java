package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.govsite.server.Role;

/**
 * {@code GET /api/v1/version} (anyone) and {@code GET /api/v1/status} (any logged-in operator): versions, the
 * database product, the change feed head, counts of operators, sites and articles, and when this instance started.
 */
public final class StatusEndpoint {
    private final Services services;
    private final long startedAt;

    public StatusEndpoint(Services services) {
        this.services = services;
        this.startedAt = services.now();
    }

    /** @return {@code {"server","protocol","schema"}} */
    public static Map<String, Object> version() {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("server", Router.SERVER_VERSION); //$NON-NLS-1$
        version.put("protocol", 1); //$NON-NLS-1$
        version.put("schema", Schema.CURRENT_VERSION); //$NON-NLS-1$
        return version;
    }

    public ApiResponse read(Caller caller) throws SQLException {
        caller.require(Role.values());
        Map<String, Object> status = version();
        services.database().transaction(connection -> {
            status.put("database", database(connection)); //$NON-NLS-1$
            status.put("changeFeedHead", ChangeFeed.head(connection)); //$NON-NLS-1$
            status.put("operators", Rows.count(connection, "SELECT COUNT(*) FROM operator")); //$NON-NLS-1$ //$NON-NLS-2$
            status.put("sites", Rows.count(connection, "SELECT COUNT(*) FROM site")); //$NON-NLS-1$ //$NON-NLS-2$
            status.put("articles", tableExists(connection, "article") //$NON-NLS-1$ //$NON-NLS-2$
                    ? Rows.count(connection, "SELECT COUNT(*) FROM article") : 0L); //$NON-NLS-1$
            return null;
        });
        status.put("startedAt", startedAt); //$NON-NLS-1$
        return ApiResponse.json(200, status);
    }

    /** @return {@code H2} or {@code PostgreSQL} (the JDBC product name) */
    private static String database(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName();
    }

    /** The articles table comes with the resource library's schema script; before it, there are no articles. */
    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : new String[] { table.toUpperCase(Locale.ROOT), table }) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] { "TABLE" })) { //$NON-NLS-1$
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
