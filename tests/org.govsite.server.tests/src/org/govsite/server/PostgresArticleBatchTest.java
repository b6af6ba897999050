package org.govsite.server;

import java.nio.file.Path;

/** {@link ArticleBatchTest} on PostgreSQL: savepoints per article inside the batch's transaction. */
class PostgresArticleBatchTest extends ArticleBatchTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
