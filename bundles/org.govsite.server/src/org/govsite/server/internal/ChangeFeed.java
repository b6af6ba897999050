package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
        long seq;
        try (PreparedStatement next = c.prepareStatement("UPDATE change_feed_head SET seq = seq + 1 WHERE id = 1"); //$NON-NLS-1$
                PreparedStatement head = c.prepareStatement("SELECT seq FROM change_feed_head WHERE id = 1")) { //$NON-NLS-1$
            next.executeUpdate();
            try (ResultSet row = head.executeQuery()) {
                row.next();
                seq = row.getLong(1);
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO change_feed (seq, entity, entity_id, version, op, data) VALUES (?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            insert.setLong(1, seq);
            insert.setString(2, entity);
            insert.setString(3, id);
            insert.setLong(4, version);
            insert.setString(5, op);
            insert.setString(6, data == null ? null : JsonBodies.text(data));
            insert.executeUpdate();
        }
    }

    /** @return up to {@code limit} changes with seq greater than {@code after}, in seq order */
    public static List<Change> read(Connection c, long after, int limit) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT seq, entity, entity_id, version, op, data " //$NON-NLS-1$
                + "FROM change_feed WHERE seq > ? ORDER BY seq LIMIT ?")) { //$NON-NLS-1$
            select.setLong(1, after);
            select.setInt(2, limit);
            try (ResultSet row = select.executeQuery()) {
                List<Change> changes = new ArrayList<>();
                while (row.next()) {
                    String data = row.getString(6);
                    changes.add(new Change(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                            row.getString(5), data == null ? null : JsonBodies.tree(data)));
                }
                return changes;
            }
        }
    }

    /** @return the seq of the last committed change, 0 if none */
    public static long head(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT seq FROM change_feed_head WHERE id = 1"); //$NON-NLS-1$
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
