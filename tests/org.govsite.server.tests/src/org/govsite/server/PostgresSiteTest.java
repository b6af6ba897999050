package org.govsite.server;

import java.nio.file.Path;

/** {@link SiteTest} on PostgreSQL: sites (CRUD, ETags, aliases, high-risk delete with its columns and topics). */
class PostgresSiteTest extends SiteTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
