package org.govsite.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** {@link StatisticsTest} on PostgreSQL: the statistics' aggregates. */
class PostgresStatisticsTest extends StatisticsTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }

    @Override
    Connection database() throws SQLException {
        return PostgresDatabases.dataSource(test.config).getConnection();
    }
}
