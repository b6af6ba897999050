package org.govsite.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.govsite.testing.PostgresCluster;
import org.postgresql.ds.PGSimpleDataSource;

/** A new, empty database per call on the test JVM's PostgreSQL cluster ({@link PostgresCluster}). */
final class PostgresDatabases {
    private PostgresDatabases() {
    }

    /** {@link TestServer#config(Path)} on a new PostgreSQL database. */
    static ServerConfig config(Path folder) {
        PostgresCluster cluster = PostgresCluster.shared();
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = dataSource(cluster.url(), cluster).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return TestServer.config(folder).withJdbcUrl(cluster.url(name))
                .withDatabaseLogin(cluster.user(), cluster.password().toCharArray());
    }

    /** The database of {@code config}, for looking into it directly. */
    static PGSimpleDataSource dataSource(ServerConfig config) {
        return dataSource(config.jdbcUrl(), PostgresCluster.shared());
    }

    private static PGSimpleDataSource dataSource(String url, PostgresCluster cluster) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(cluster.user());
        dataSource.setPassword(cluster.password());
        return dataSource;
    }
}
