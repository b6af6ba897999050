package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govsite.protocol.PublishedPaths;
import org.govsite.server.internal.Attachments.Attachment;

/**
 * The table {@code archive_snapshot}: per old host and old path with query, the stored HTML (an attachment's digest)
 * of the archived page and when it was first archived. Served on the old host at
 * {@code /govsite-archive/<SM3 of the old path>.html}. The table {@code archive_asset}: the images, style sheets and
 * fonts each snapshot shows (attachments), served on its host at {@code /govsite-archive/files/<sm3>.<ext>} while a
 * snapshot of that host names them.
 */
final class Snapshots {
    private static final String COLUMNS = "old_path, digest, archived_at"; //$NON-NLS-1$

    /** A snapshot: {@code archivedAt} Unix seconds, kept when the page is archived again. */
    record Snapshot(String path, String digest, long archivedAt) {
        String address() {
            return Snapshots.address(path);
        }
    }

    /** What {@link #put} did: the snapshot stored, and whether it was new or of another digest. */
    record Stored(Snapshot snapshot, boolean changed) {
    }

    private Snapshots() {
    }

    /** @return the snapshot address of old path {@code path} on its host */
    static String address(String path) {
        return PublishedPaths.archivePage(path);
    }

    /** @return the snapshot served at {@code requestPath} on {@code host}, if the path is a snapshot address */
    static Optional<Snapshot> at(Connection connection, String host, String requestPath) throws SQLException {
        Optional<String> key = PublishedPaths.archiveKeyOf(requestPath);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Rows.first(connection, "SELECT " + COLUMNS + " FROM archive_snapshot WHERE host = ? AND address_key = ?", //$NON-NLS-1$ //$NON-NLS-2$
                Snapshots::read, host, key.get());
    }

    /**
     * Writes the snapshot of {@code path} as {@code digest}: archived at {@code now} if new, its archive time kept if
     * it was archived before.
     *
     * @return the snapshot stored, and whether it changed
     */
    static Stored put(Connection connection, String host, String path, String digest, long now) throws SQLException {
        Optional<Snapshot> before = Rows.first(connection, "SELECT " + COLUMNS + " FROM archive_snapshot WHERE host = ? AND old_path = ? FOR UPDATE", //$NON-NLS-1$ //$NON-NLS-2$
                Snapshots::read, host, path);
        if (before.isEmpty()) {
            Rows.update(connection, "INSERT INTO archive_snapshot (host, old_path, address_key, digest, archived_at, updated_at) " //$NON-NLS-1$
                    + "VALUES (?, ?, ?, ?, ?, ?)", host, path, PublishedPaths.archiveKey(path), digest, now, now); //$NON-NLS-1$
            return new Stored(new Snapshot(path, digest, now), true);
        }
        boolean changed = !before.get().digest().equals(digest);
        if (changed) {
            Rows.update(connection, "UPDATE archive_snapshot SET digest = ?, updated_at = ? WHERE host = ? AND old_path = ?", //$NON-NLS-1$
                    digest, now, host, path);
        }
        return new Stored(new Snapshot(path, digest, before.get().archivedAt()), changed);
    }

    /** Makes {@code digests} the files the snapshot of {@code path} on {@code host} shows (none: it shows none). */
    static void putAssets(Connection connection, String host, String path, Collection<String> digests) throws SQLException {
        Rows.update(connection, "DELETE FROM archive_asset WHERE host = ? AND old_path = ?", host, path); //$NON-NLS-1$
        for (String digest : digests) {
            Rows.update(connection, "INSERT INTO archive_asset (host, old_path, digest) VALUES (?, ?, ?)", host, path, digest); //$NON-NLS-1$
        }
    }

    /** @return the file served at {@code requestPath} on {@code host}: a file a snapshot of that host shows */
    static Optional<Attachment> assetAt(Connection connection, String host, String requestPath) throws SQLException {
        Optional<String> digest = PublishedPaths.archiveFileOf(requestPath);
        if (digest.isEmpty()) {
            return Optional.empty();
        }
        return Rows.exists(connection, "SELECT 1 FROM archive_asset WHERE host = ? AND digest = ?", host, digest.get()) //$NON-NLS-1$
                ? Attachments.find(connection, digest.get()) : Optional.empty();
    }

    /**
     * Deletes the snapshot of {@code path}, and the record of the files it shows: its address answers 404 from now on,
     * and so do its files unless another snapshot of the host shows them. The HTML and the files stay in the attachment
     * store (stored by digest, they may be another path's too).
     *
     * @return whether there was one
     */
    static boolean delete(Connection connection, String host, String path) throws SQLException {
        return Rows.update(connection, "DELETE FROM archive_snapshot WHERE host = ? AND old_path = ?", host, path) > 0; //$NON-NLS-1$
    }

    /** @return the snapshots of {@code host} in path order after {@code after} (exclusive), at most {@code limit} */
    static List<Snapshot> list(Connection connection, String host, String after, int limit) throws SQLException {
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM archive_snapshot WHERE host = ? AND old_path > ? " //$NON-NLS-1$ //$NON-NLS-2$
                + "ORDER BY old_path FETCH FIRST " + limit + " ROWS ONLY", Snapshots::read, host, after); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Snapshot read(ResultSet row) throws SQLException {
        return new Snapshot(row.getString(1), row.getString(2), row.getLong(3));
    }
}
