package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The change feed (docs/server.md, "Change feed"): every committed change of an organisation, site, column, topic or
 * article as {@code (seq, entity, id, version, op, data)}. {@code seq} is strictly increasing in commit order:
 * recording first updates the single row of {@code change_feed_head}, whose row lock every other writer then waits
 * for until this transaction ends, so a seq becomes visible only after every smaller one has committed (or been
 * rolled back with its transaction, which also gives its number back). A reader paging by seq never skips a change.
 */
public final class ChangeFeed {
    /** {@code op} of a created or updated entity: {@code data} is its JSON as GET answers it. */
    public static final String UPSERT = "upsert"; //$NON-NLS-1$
    /** {@code op} of a deleted entity: no data. */
    public static final String DELETE = "delete"; //$NON-NLS-1$

    /** One change as the feed answers it; {@code data} is null for deletes. */
    public record Change(long seq, String entity, String id, long version, String op, JsonNode data) {
    }

    private ChangeFeed() {
    }

    /**
     * Appends a change inside the caller's transaction, after its {@code OperationLog.append} (lock order: operation
     * log head, then change feed head; every writer keeps it, so writers never deadlock).
     *
     * @param entity {@code organisation}, {@code site}, {@code column}, {@code topic} or {@code article}
     * @param version the entity's version after the change (for a delete: the version deleted)
     * @param op {@link #UPSERT} or {@link #DELETE}
     * @param data for an upsert: the entity as GET answers it (a record, map or JsonNode written with the server's
     *        JSON mapper); for a delete: null
     */
    public static void record(Connection c, String entity, String id, long version, String op, Object data)
            throws SQLException {
        if (!UPSERT.equals(op) && !DELETE.equals(op)) {
            throw new IllegalArgumentException("op must be upsert or delete: " + op); //$NON-NLS-1$
        }
        if (UPSERT.equals(op) == (data == null)) {
            throw new IllegalArgumentException("an upsert carries data, a delete none"); //$NON-NLS-1$
        }
        Rows.update(c, "UPDATE change_feed_head SET seq = seq + 1 WHERE id = 1"); //$NON-NLS-1$
        Rows.update(c, "INSERT INTO change_feed (seq, entity, entity_id, version, op, data) VALUES (?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                head(c), entity, id, version, op, data == null ? null : JsonBodies.text(data));
    }

    /** @return up to {@code limit} changes with seq greater than {@code after}, in seq order */
    public static List<Change> read(Connection c, long after, int limit) throws SQLException {
        return Rows.list(c, "SELECT seq, entity, entity_id, version, op, data FROM change_feed WHERE seq > ? " //$NON-NLS-1$
                + "ORDER BY seq LIMIT ?", row -> { //$NON-NLS-1$
                    String data = row.getString(6);
                    return new Change(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getString(5),
                            data == null ? null : JsonBodies.tree(data));
                }, after, limit);
    }

    /** @return the seq of the last committed change, 0 if none */
    public static long head(Connection c) throws SQLException {
        return Rows.count(c, "SELECT seq FROM change_feed_head WHERE id = 1"); //$NON-NLS-1$
    }
}
