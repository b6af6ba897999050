package org.govsite.server;

import java.nio.file.Path;

/** {@link AttachmentSweepTest} on PostgreSQL. */
class PostgresAttachmentSweepTest extends AttachmentSweepTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
