package org.govsite.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.model.Platform;
import org.govsite.store.internal.H2File;
import org.govsite.store.internal.Messages;
import org.govsite.store.internal.PlatformReader;
import org.govsite.store.internal.PlatformRows;
import org.govsite.store.internal.TableSpec;
import org.govsite.store.internal.TableWriter;

/**
 * The offline store of platforms: an embedded H2 database {@code govsite.mv.db} in one folder, opened by one
 * program at a time (a second opener, in this or another process, gets a {@link StoreException}).
 * Thread-safe; every method runs on the one connection held while open.
 */
public final class PlatformStore implements AutoCloseable {

    /** File name of the database in the store folder, without H2's {@code .mv.db} suffix. */
    public static final String DATABASE_NAME = "govsite";

    /** Resource folder of the schema scripts {@code V<n>__*.sql} (docs/store.md). */
    private static final String SCHEMA_FOLDER = "org/govsite/store/schema";

    private final H2File database;
    private final Connection connection;
    private boolean closed;

    private PlatformStore(H2File database) {
        this.database = database;
        this.connection = database.connection();
    }

    /** Opens (creating when missing) the store in this folder and brings its schema to the current version. */
    public static PlatformStore open(Path directory) {
        return new PlatformStore(H2File.open(directory, DATABASE_NAME, PlatformStore.class, SCHEMA_FOLDER));
    }

    /** The stored platforms, by name. */
    public synchronized List<PlatformInfo> list() {
        checkOpen();
        try (PreparedStatement select = connection
                .prepareStatement("SELECT id, name, site_count, saved_at FROM platform ORDER BY name, id");
                ResultSet row = select.executeQuery()) {
            List<PlatformInfo> infos = new ArrayList<>();
            while (row.next()) {
                infos.add(new PlatformInfo(row.getString(1), row.getString(2), row.getInt(3),
                        row.getObject(4, OffsetDateTime.class).toInstant()));
            }
            connection.commit();
            return infos;
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.ListFailed, e.getMessage()), e);
        }
    }

    /** Rebuilds the stored platform with this id, or empty when there is none. */
    public synchronized Optional<Platform> load(String platformId, IProgressMonitor monitor) {
        checkOpen();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.TaskLoad, 1);
        try {
            Optional<Platform> platform = new PlatformReader(connection, platformId).read(progress.split(1));
            connection.commit();
            return platform;
        } catch (SQLException e) {
            rollback();
            throw new StoreException(NLS.bind(Messages.LoadFailed, platformId, e.getMessage()), e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /**
     * Stores the whole platform in one transaction: new objects are inserted, changed ones updated (their
     * row version incremented), objects no longer in the platform deleted. On failure or cancel
     * ({@link org.eclipse.core.runtime.OperationCanceledException}) nothing is written.
     */
    public synchronized void save(Platform platform, IProgressMonitor monitor) {
        checkOpen();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.TaskSave, platform.getName()),
                10 + 20 * TableSpec.ALL.size());
        try {
            PlatformRows rows = PlatformRows.of(platform);
            progress.split(5);
            writePlatformRow(platform.getId(), rows.platformValues());
            for (TableSpec table : TableSpec.ALL) {
                new TableWriter(connection, platform.getId(), table).write(rows.rows(table), progress.split(20));
            }
            progress.split(5);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException(NLS.bind(Messages.SaveFailed, platform.getName(), e.getMessage()), e);
        } catch (StoreException e) {
            rollback();
            throw new StoreException(NLS.bind(Messages.SaveFailed, platform.getName(), e.getMessage()), e);
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        }
    }

    /** Removes the platform and everything in it; nothing happens when it is not stored. */
    public synchronized void delete(String platformId) {
        checkOpen();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM platform WHERE id = ?")) {
            delete.setString(1, platformId);
            delete.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException(NLS.bind(Messages.DeleteFailed, platformId, e.getMessage()), e);
        }
    }

    /**
     * Closes the database and releases the folder; closing twice does nothing. The file is always compacted
     * (SHUTDOWN COMPACT): H2 keeps old page versions of a big save's transaction, so the first save of the
     * STANDARD province leaves ~45 MB of file for ~11 MB of data and a save changing every column ~125 MB;
     * H2's own bounded compaction at close, and its fill-rate figures, proved unreliable for this. Compacting
     * costs about 0.5 s on STANDARD (docs/store.md).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        database.close("SHUTDOWN COMPACT"); //$NON-NLS-1$
    }

    private void writePlatformRow(String id, Object[] values) throws SQLException {
        if (id == null || id.isBlank()) {
            throw new StoreException(NLS.bind(Messages.MissingId, "Platform", "platform"));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement update = connection.prepareStatement("UPDATE platform SET name = ?, division_code = ?, "
                + "level = ?, site_count = ?, saved_at = ?, row_version = row_version + 1 WHERE id = ?")) {
            bind(update, values, now, id);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform (name, division_code, level, "
                + "site_count, saved_at, id, row_version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
            bind(insert, values, now, id);
            insert.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object[] values, OffsetDateTime savedAt, String id)
            throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.setObject(values.length + 1, savedAt);
        statement.setString(values.length + 2, id);
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException(Messages.Closed);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the original failure is what the caller needs; a failed rollback leaves H2 to discard the transaction
        }
    }
}
