package org.govsite.server;

import java.nio.file.Path;

/** {@link ChangeFeedTest} on PostgreSQL: the change feed (commit-ordered sequence, paging). */
class PostgresChangeFeedTest extends ChangeFeedTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
