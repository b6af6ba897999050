package org.govsite.server;

import java.nio.file.Path;

/** {@link StatisticCountsTest} on PostgreSQL: the counts, the migration's back-fill and two instances writing. */
class PostgresStatisticCountsTest extends StatisticCountsTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
