package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code attachment} table: one row per stored content digest, written after its file is in place. */
final class Attachments {
    /** A stored attachment. */
    record Attachment(String digest, String contentType, long size) {
    }

    private Attachments() {
    }

    static Optional<Attachment> find(Connection connection, String digest) throws SQLException {
        return Rows.first(connection, "SELECT digest, content_type, size FROM attachment WHERE digest = ?", //$NON-NLS-1$
                row -> new Attachment(row.getString(1), row.getString(2), row.getLong(3)), digest);
    }

    static void insert(Connection connection, Attachment attachment, long storedAt) throws SQLException {
        Rows.update(connection, "INSERT INTO attachment (digest, content_type, size, stored_at) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
                attachment.digest(), attachment.contentType(), attachment.size(), storedAt);
    }
}
