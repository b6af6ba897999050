package org.govsite.server;

import java.nio.file.Path;

/** {@link ArchiveSnapshotTest} on PostgreSQL: the snapshots and their files (schema versions 8 and 9). */
class PostgresArchiveSnapshotTest extends ArchiveSnapshotTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
