package org.govsite.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;
import org.govsite.store.StoreException;
import org.h2.api.ErrorCode;

/**
 * Opens the embedded H2 file databases of the store, one program at a time per database file: a second opener in
 * this program, or in another process (H2's file lock), gets a {@link StoreException} and nothing is touched.
 */
public final class H2Files {

    /** An open database: its folder (real path), the file name without {@code .mv.db}, and the connection. */
    public record Opened(Path folder, Path file, Connection connection) {
    }

    private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();

    private H2Files() {
    }

    /**
     * Opens (creating folder and file when missing) {@code <directory>/<name>.mv.db}, brings it to the current
     * version of {@code schema} and leaves the connection in manual-commit mode.
     */
    public static Opened open(Path directory, String name, Schema schema) {
        Path folder = createFolder(directory.toAbsolutePath().normalize());
        Path file = folder.resolve(name);
        if (!OPEN_FILES.add(file)) {
            throw new StoreException(NLS.bind(Messages.InUse, folder));
        }
        Connection connection = null;
        try {
            connection = org.h2.Driver.load().connect("jdbc:h2:file:" + file, new Properties());
            schema.migrate(connection);
            connection.setAutoCommit(false);
            return new Opened(folder, file, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            OPEN_FILES.remove(file);
            String message = e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1 ? NLS.bind(Messages.InUse, folder)
                    : NLS.bind(Messages.OpenFailed, folder, e.getMessage());
            throw new StoreException(message, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            OPEN_FILES.remove(file);
            throw e;
        }
    }

    /** Lets the database file be opened again in this program (after its connection is closed). */
    public static void release(Opened opened) {
        OPEN_FILES.remove(opened.file());
    }

    /** Creates the folder when missing; its real path (links resolved) identifies the store within this program. */
    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder).toRealPath();
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.OpenFailed, folder, e.getMessage()), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already failing: the open error is reported
            }
        }
    }
}
