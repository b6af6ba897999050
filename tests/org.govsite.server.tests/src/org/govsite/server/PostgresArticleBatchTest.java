package org.govsite.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** {@link ArticleBatchTest} on PostgreSQL: savepoints per article inside the batch's transaction. */
class PostgresArticleBatchTest extends ArticleBatchTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }

    @Override
    Connection database() throws SQLException {
        return PostgresDatabases.dataSource(test.config).getConnection();
    }
}
