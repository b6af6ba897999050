package org.govsite.server;

import java.nio.file.Path;

/** {@link RedirectTest} on PostgreSQL: the redirect table (schema version 7). */
class PostgresRedirectTest extends RedirectTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
