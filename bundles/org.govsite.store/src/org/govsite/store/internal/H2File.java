package org.govsite.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;
import org.govsite.store.StoreException;
import org.govsite.store.migration.NewerSchemaException;
import org.govsite.store.migration.SchemaMigrations;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An embedded H2 database file in a folder, held by one program at a time, its schema brought to the newest script
 * of its folder by {@link SchemaMigrations} when opened: the opening and releasing shared by the platform store and
 * the sync replica. Migrations run before the connection is opened, so that H2 closes the database between the two:
 * a CHECK constraint created by Flyway's session and evaluated after that session has closed, in a database that
 * stayed open, fails with "Check constraint invalid ... The database has been closed" (H2 2.4.240; the replica's
 * outbox caught it). A second open of the same file, in this program or another, gets a clear {@link StoreException}.
 *
 * @param folder the real path of the folder (links resolved)
 * @param file the database file's path without H2's {@code .mv.db} suffix: what identifies it in this program
 * @param connection the one connection, auto-commit off
 */
public record H2File(Path folder, Path file, Connection connection) {
    private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();

    /**
     * Opens (creating when missing) the database {@code name} in {@code directory}.
     *
     * @param anchor a class whose bundle holds the schema scripts
     * @param schemaFolder the scripts' resource folder
     */
    public static H2File open(Path directory, String name, Class<?> anchor, String schemaFolder) {
        Path folder = createFolder(directory.toAbsolutePath().normalize());
        Path file = folder.resolve(name);
        if (!OPEN_FILES.add(file)) {
            throw new StoreException(NLS.bind(Messages.InUse, folder));
        }
        Connection connection = null;
        try {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(url(file));
            SchemaMigrations.migrate(dataSource, anchor, schemaFolder);
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return new H2File(folder, file, connection);
        } catch (NewerSchemaException e) {
            release(file, connection);
            throw new StoreException(NLS.bind(Messages.NewerSchema, e.found(), e.known()), e);
        } catch (SQLException e) {
            release(file, connection);
            String message = e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1 ? NLS.bind(Messages.InUse, folder)
                    : NLS.bind(Messages.OpenFailed, folder, e.getMessage());
            throw new StoreException(message, e);
        } catch (RuntimeException e) {
            release(file, connection);
            throw e;
        }
    }

    /**
     * The JDBC URL of the database file {@code file} (without {@code .mv.db}). {@code WRITE_DELAY=0}: H2 otherwise
     * writes committed changes to the file in the background up to half a second later, and a killed process loses
     * them (a queued edit, a save the user saw succeed); with it every commit is in the file before {@code commit()}
     * returns.
     */
    public static String url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Closes the connection (after {@code lastStatement}, if not null) and lets the file be opened again. */
    public void close(String lastStatement) {
        try (connection; var statement = connection.createStatement()) {
            connection.rollback();
            if (lastStatement != null) {
                statement.execute(lastStatement);
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.CloseFailed, folder, e.getMessage()), e);
        } finally {
            OPEN_FILES.remove(file);
        }
    }

    /** Creates the folder when missing; its real path (links resolved) identifies the file within this program. */
    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder).toRealPath();
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.OpenFailed, folder, e.getMessage()), e);
        }
    }

    private static void release(Path file, Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already failing: the open error is reported
            }
        }
        OPEN_FILES.remove(file);
    }
}
