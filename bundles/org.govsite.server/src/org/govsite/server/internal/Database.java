package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.govsite.store.migration.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The server's database, H2 or PostgreSQL: a HikariCP pool of JDBC connections and transactions around units of
 * work. Every piece of server state lives here (no state held only in memory), so several instances on one
 * PostgreSQL database behave as one. The schema is migrated by Flyway on open ({@link SchemaMigrations}): the
 * scripts {@code V<n>__*.sql} of {@value #SCHEMA_FOLDER} and the versions written in Java ({@link RedirectKeysStep}).
 */
public final class Database implements AutoCloseable {
    /** A unit of work on one connection inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Resource folder of the server's schema scripts: a new script there is picked up on the next start. */
    public static final String SCHEMA_FOLDER = "org/govsite/server/schema"; //$NON-NLS-1$

    private static final int POOL_SIZE = 16;

    private final HikariDataSource pool;
    private final int schemaVersion;

    private Database(HikariDataSource pool, int schemaVersion) {
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the database at {@code jdbcUrl} ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}) and brings its
     * schema to the newest script.
     *
     * @param password may be empty (H2's default user {@code sa})
     * @throws SQLException if the database cannot be reached, its kind is not supported, its schema is newer than
     *             this server's ({@link org.govsite.store.migration.NewerSchemaException}) or a script fails
     */
    public static Database open(String jdbcUrl, String user, char[] password) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("govsite-server"); //$NON-NLS-1$
        config.setDataSource(dataSource(jdbcUrl, user, new String(password)));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setAutoCommit(false);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw e.getCause() instanceof SQLException cause ? cause : new SQLException(e.getMessage(), e);
        }
        try {
            return new Database(pool,
                    SchemaMigrations.migrate(pool, Database.class, SCHEMA_FOLDER, new RedirectKeysStep(),
                            new BodyDigestStep()));
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static DataSource dataSource(String jdbcUrl, String user, String password) throws SQLException {
        if (jdbcUrl.startsWith("jdbc:h2:")) { //$NON-NLS-1$
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(jdbcUrl);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) { //$NON-NLS-1$
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(jdbcUrl);
            postgres.setUser(user);
            postgres.setPassword(password);
            return postgres;
        }
        throw new SQLException("unsupported database " + jdbcUrl + " (jdbc:h2: and jdbc:postgresql: are)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The schema version after migration on open. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T transaction(Work<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
