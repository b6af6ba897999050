package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.store.migration.JavaSchemaStep;

/**
 * Schema version 13: the redirect table keyed by {@link OldPaths}' normal form. The entries written before (keyed as
 * given) are written again under their normal form, with the path alone and the parameters' names beside it; of
 * entries one normal form joins, the one written last stays. An entry whose normal form is over
 * {@link Redirects#MAX_PATH} characters (a path of several hundred Chinese characters written unescaped) cannot be
 * kept and is left out, logged.
 */
final class RedirectKeysStep implements JavaSchemaStep {
    private static final System.Logger LOG = System.getLogger(RedirectKeysStep.class.getName());

    private record Row(String host, String path, int status, String target, long updatedAt) {
    }

    @Override
    public int version() {
        return 13;
    }

    @Override
    public String description() {
        return "redirect keys in normal form"; //$NON-NLS-1$
    }

    @Override
    public void migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE redirect_entry ADD COLUMN base_path VARCHAR(2000)"); //$NON-NLS-1$
            statement.execute("ALTER TABLE redirect_entry ADD COLUMN query_names VARCHAR(2000)"); //$NON-NLS-1$
        }
        Map<List<String>, Row> normal = new LinkedHashMap<>();
        for (Row row : Rows.list(connection, "SELECT host, old_path, status, target, updated_at FROM redirect_entry " //$NON-NLS-1$
                + "ORDER BY updated_at, host, old_path", result -> new Row(result.getString(1), result.getString(2), //$NON-NLS-1$
                        result.getInt(3), result.getString(4), result.getLong(5)))) {
            String path = OldPaths.of(row.path()).path();
            if (path.length() > Redirects.MAX_PATH) {
                LOG.log(System.Logger.Level.WARNING, "redirect entry {0}{1} left out: over {2} characters in normal form", //$NON-NLS-1$
                        row.host(), row.path(), Redirects.MAX_PATH);
            } else {
                normal.put(List.of(row.host(), path), row);
            }
        }
        Rows.update(connection, "DELETE FROM redirect_entry"); //$NON-NLS-1$
        for (Map.Entry<List<String>, Row> each : normal.entrySet()) {
            Row row = each.getValue();
            Redirects.insert(connection, row.host(), new Redirects.Entry(each.getKey().get(1), row.status(), row.target()),
                    row.updatedAt());
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE redirect_entry ALTER COLUMN base_path SET NOT NULL"); //$NON-NLS-1$
            statement.execute("ALTER TABLE redirect_entry ALTER COLUMN query_names SET NOT NULL"); //$NON-NLS-1$
            statement.execute("CREATE INDEX redirect_entry_by_base_path ON redirect_entry (host, base_path, query_names)"); //$NON-NLS-1$
        }
    }
}
