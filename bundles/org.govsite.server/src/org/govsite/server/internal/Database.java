package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The server's database: a pool of JDBC connections and transactions around units of work. Every piece of server
 * state lives here (no state held only in memory), so several instances on one database behave as one.
 */
public final class Database implements AutoCloseable {
    /** A unit of work on one connection inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens the database at {@code jdbcUrl} and brings its schema to {@link Schema#CURRENT_VERSION}. */
    public static Database open(String jdbcUrl, String user, String password) throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, user, password);
        Database database = new Database(pool);
        try {
            database.transaction(connection -> {
                Schema.migrate(connection);
                return null;
            });
            return database;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
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
        pool.dispose();
    }
}
