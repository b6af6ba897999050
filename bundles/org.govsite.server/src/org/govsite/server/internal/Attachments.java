package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.govsite.server.OperationLog;

/**
 * The {@code attachment} table: one row per stored content digest, its file in place before the row commits. The
 * sweep of unused attachments ({@link #deleteIfUnused}) holds the operation log's head ({@link OperationLog#lock})
 * while it deletes one. Storing an attachment and an archive put lock the head before they look at attachments, so
 * they and a removal take turns; an article write checks its attachments once more after its own log entry, with the
 * head held (it keeps its usual lock order, the head last), so that no article comes to list an attachment being
 * removed (on H2 the foreign key alone does not stop that; on PostgreSQL the sweep skips an attachment whose row a
 * writer's foreign key check has locked, and a writer whose check waited for a removal is refused).
 */
final class Attachments {
    /** A stored attachment. */
    record Attachment(String digest, String contentType, long size) {
    }

    private static final String COLUMNS = "digest, content_type, size"; //$NON-NLS-1$
    /** Attachment {@code a} is used by nothing: no article lists it or shows it as its image, no snapshot shows it. */
    private static final String UNUSED = "NOT EXISTS (SELECT 1 FROM article_attachment u WHERE u.digest = a.digest) " //$NON-NLS-1$
            + "AND NOT EXISTS (SELECT 1 FROM article u WHERE u.image = a.digest) " //$NON-NLS-1$
            + "AND NOT EXISTS (SELECT 1 FROM archive_snapshot u WHERE u.digest = a.digest) " //$NON-NLS-1$
            + "AND NOT EXISTS (SELECT 1 FROM archive_asset u WHERE u.digest = a.digest)"; //$NON-NLS-1$

    private Attachments() {
    }

    static Optional<Attachment> find(Connection connection, String digest) throws SQLException {
        return Rows.first(connection, "SELECT " + COLUMNS + " FROM attachment WHERE digest = ?", Attachments::read, digest); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Records that the attachment was stored again at {@code storedAt}: the sweep counts its age from then. */
    static void touch(Connection connection, String digest, long storedAt) throws SQLException {
        Rows.update(connection, "UPDATE attachment SET stored_at = ? WHERE digest = ?", storedAt, digest); //$NON-NLS-1$
    }

    /** @return at most {@code limit} digests after {@code after}, in order, of attachments stored before {@code storedBefore} and used by nothing */
    static List<String> unused(Connection connection, long storedBefore, String after, int limit) throws SQLException {
        return Rows.list(connection, "SELECT a.digest FROM attachment a WHERE a.digest > ? AND a.stored_at < ? AND " + UNUSED //$NON-NLS-1$
                + " ORDER BY a.digest FETCH FIRST " + limit + " ROWS ONLY", row -> row.getString(1), after, storedBefore); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Deletes the row of {@code digest} if, with the operation log's head locked, it is still stored before
     * {@code storedBefore} and used by nothing.
     *
     * @return the attachment deleted
     */
    static Optional<Attachment> deleteIfUnused(Connection connection, String digest, long storedBefore) throws SQLException {
        OperationLog.lock(connection);
        if (!Rows.exists(connection, "SELECT digest FROM attachment WHERE digest = ? FOR UPDATE SKIP LOCKED", digest)) { //$NON-NLS-1$
            return Optional.empty(); // gone, or a writer is taking it
        }
        Optional<Attachment> unused = Rows.first(connection, "SELECT " + COLUMNS + " FROM attachment a WHERE a.digest = ? " //$NON-NLS-1$ //$NON-NLS-2$
                + "AND a.stored_at < ? AND " + UNUSED, Attachments::read, digest, storedBefore); //$NON-NLS-1$
        if (unused.isPresent()) {
            Rows.update(connection, "DELETE FROM attachment WHERE digest = ?", digest); //$NON-NLS-1$
        }
        return unused;
    }

    private static Attachment read(ResultSet row) throws SQLException {
        return new Attachment(row.getString(1), row.getString(2), row.getLong(3));
    }

    static void insert(Connection connection, Attachment attachment, long storedAt) throws SQLException {
        Rows.update(connection, "INSERT INTO attachment (digest, content_type, size, stored_at) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
                attachment.digest(), attachment.contentType(), attachment.size(), storedAt);
    }
}
