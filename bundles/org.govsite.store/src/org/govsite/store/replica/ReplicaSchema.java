package org.govsite.store.replica;

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
import org.govsite.store.internal.Messages;

/**
 * The replica's versioned schema: scripts {@code schema/V<n>__*.sql} next to this class, applied in order, each in
 * its own transaction with its row in {@code replica_schema}. (The same shape as the platform store's runner; when
 * the store moves to one shared migration runner, the replica's scripts move with it unchanged.)
 */
final class ReplicaSchema {

    /** Script n of this list brings the schema to version n + 1. Append only. */
    private static final List<String> SCRIPTS = List.of("V1__replica.sql");

    private ReplicaSchema() {
    }

    static void migrate(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS replica_schema (version INT NOT NULL PRIMARY KEY, "
                    + "applied_at TIMESTAMP(3) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
            int version;
            try (ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM replica_schema")) {
                row.next();
                version = row.getInt(1);
            }
            connection.commit();
            if (version > SCRIPTS.size()) {
                throw new StoreException(NLS.bind(Messages.NewerSchema, version, SCRIPTS.size()));
            }
            for (int next = version + 1; next <= SCRIPTS.size(); next++) {
                for (String sql : statements(SCRIPTS.get(next - 1))) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO replica_schema (version) VALUES (" + next + ")");
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static List<String> statements(String script) {
        try (InputStream in = ReplicaSchema.class.getResourceAsStream("schema/" + script)) {
            if (in == null) {
                throw new StoreException(NLS.bind(Messages.ReplicaMissingScript, script));
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.replaceAll("(?m)^\\s*--.*$", "").split(";")).stream().map(String::strip)
                    .filter(sql -> !sql.isEmpty()).toList();
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.ReplicaMissingScript, script), e);
        }
    }
}
