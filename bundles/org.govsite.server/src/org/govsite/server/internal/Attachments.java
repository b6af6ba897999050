package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;

/** The {@code attachment} table: one row per stored content digest, written after its file is in place. */
final class Attachments {
    /** A stored attachment. */
    record Attachment(String digest, String contentType, long size) {
    }

    private Attachments() {
    }

    static Optional<Attachment> find(Connection connection, String digest) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT digest, content_type, size FROM attachment WHERE digest = ?")) { //$NON-NLS-1$
            select.setString(1, digest);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Attachment(row.getString(1), row.getString(2), row.getLong(3))) : Optional.empty();
            }
        }
    }

    /** @return the first of {@code digests} that is not stored, if any */
    static Optional<String> firstMissing(Connection connection, Collection<String> digests) throws SQLException {
        for (String digest : digests) {
            if (find(connection, digest).isEmpty()) {
                return Optional.of(digest);
            }
        }
        return Optional.empty();
    }

    static void insert(Connection connection, Attachment attachment, long storedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO attachment (digest, content_type, size, stored_at) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
            insert.setString(1, attachment.digest());
            insert.setString(2, attachment.contentType());
            insert.setLong(3, attachment.size());
            insert.setLong(4, storedAt);
            insert.executeUpdate();
        }
    }
}
