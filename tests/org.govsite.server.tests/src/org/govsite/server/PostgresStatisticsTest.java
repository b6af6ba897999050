package org.govsite.server;

import java.nio.file.Path;

/** {@link StatisticsTest} on PostgreSQL: the statistics' aggregates. */
class PostgresStatisticsTest extends StatisticsTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
