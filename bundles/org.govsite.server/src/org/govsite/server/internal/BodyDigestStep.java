package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.govsite.store.migration.JavaSchemaStep;

/**
 * Schema version 14: {@code article.body_digest}, the fingerprint of each article's body ({@link Fingerprints}), written
 * with every article from now on and computed here for those written before, {@value #PAGE} at a time in id order, so
 * that publishing reads only the bodies of the pages that changed (docs/server.md, "Publishing"). A row written
 * without it (not through the server) is still published: its body is read each time.
 */
final class BodyDigestStep implements JavaSchemaStep {
    private static final int PAGE = 500;

    @Override
    public int version() {
        return 14;
    }

    @Override
    public String description() {
        return "article body digests"; //$NON-NLS-1$
    }

    @Override
    public void migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE article ADD COLUMN body_digest CHAR(64)"); //$NON-NLS-1$
        }
        String after = ""; //$NON-NLS-1$
        while (true) {
            List<Map.Entry<String, String>> page = Rows.list(connection, "SELECT id, body FROM article WHERE id > ? ORDER BY id LIMIT " //$NON-NLS-1$
                    + PAGE, row -> Map.entry(row.getString(1), row.getString(2)), after);
            if (page.isEmpty()) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE article SET body_digest = ? WHERE id = ?")) { //$NON-NLS-1$
                for (Map.Entry<String, String> article : page) {
                    update.setString(1, Fingerprints.of(article.getValue()));
                    update.setString(2, article.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            after = page.get(page.size() - 1).getKey();
        }
    }
}
