package org.govsite.server;

import java.nio.file.Path;

/** {@link ArticleTest} on PostgreSQL: the resource library's articles. */
class PostgresArticleTest extends ArticleTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
