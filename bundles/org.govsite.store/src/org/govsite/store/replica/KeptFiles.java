package org.govsite.store.replica;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of a replica's queued edits ({@link KeptFile}), in its database: kept before the edit that names them
 * is queued, so that an entry never names a file the replica lacks, and dropped once no outbox entry names them.
 * Each method is one transaction of the replica.
 */
public final class KeptFiles {

    private final Replica replica;

    KeptFiles(Replica replica) {
        this.replica = replica;
    }

    /** Keeps {@code file} (the same digest again: the same bytes, nothing changes). */
    public void keep(KeptFile file) {
        replica.write(() -> {
            try (PreparedStatement merge = replica.connection().prepareStatement(
                    "MERGE INTO kept_file (digest, content_type, name, bytes) KEY (digest) VALUES (?, ?, ?, ?)")) {
                merge.setString(1, file.digest());
                merge.setString(2, file.contentType());
                merge.setString(3, file.name());
                merge.setBytes(4, file.bytes());
                merge.executeUpdate();
            }
            return null;
        });
    }

    /** @return the file kept under {@code digest}, empty when none is */
    public Optional<KeptFile> find(String digest) {
        return replica.read(() -> {
            try (PreparedStatement select = replica.connection().prepareStatement(
                    "SELECT digest, content_type, name, bytes FROM kept_file WHERE digest = ?")) {
                select.setString(1, digest);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(file(row)) : Optional.empty();
                }
            }
        });
    }

    /** @return the kept files {@code entry} names (none for a delete), which the server needs before the entry */
    public List<KeptFile> namedBy(OutboxEntry entry) {
        if (entry.isDelete() || entry.data() == null) {
            return List.of();
        }
        return replica.read(() -> {
            try (PreparedStatement select = replica.connection().prepareStatement("SELECT digest, content_type, name, "
                    + "bytes FROM kept_file WHERE ? LIKE '%' || digest || '%' ORDER BY digest")) {
                select.setString(1, entry.data().toString());
                List<KeptFile> files = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        files.add(file(row));
                    }
                }
                return files;
            }
        });
    }

    private static KeptFile file(ResultSet row) throws SQLException {
        return new KeptFile(row.getString(1), row.getString(2), row.getString(3), row.getBytes(4));
    }

    /** Drops the files no outbox entry names any more (pushed, dropped or never queued); @return how many */
    public int dropUnreferenced() {
        return replica.write(() -> {
            try (PreparedStatement delete = replica.connection().prepareStatement("DELETE FROM kept_file k WHERE NOT EXISTS "
                    + "(SELECT 1 FROM outbox o WHERE o.data_json LIKE '%' || k.digest || '%')")) {
                return delete.executeUpdate();
            }
        });
    }
}
