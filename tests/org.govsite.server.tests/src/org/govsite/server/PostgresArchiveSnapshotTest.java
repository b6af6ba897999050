package org.govsite.server;

import java.nio.file.Path;

/** {@link ArchiveSnapshotTest} on PostgreSQL: the snapshots (schema version 8). */
class PostgresArchiveSnapshotTest extends ArchiveSnapshotTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
