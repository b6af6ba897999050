package org.govsite.server;

import java.nio.file.Path;

/** {@link MigrationNoticeTest} on PostgreSQL: the notices (schema version 8). */
class PostgresMigrationNoticeTest extends MigrationNoticeTest {
    @Override
    ServerConfig base(Path data) {
        return PostgresDatabases.config(data);
    }
}
