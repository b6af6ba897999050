package org.govsite.server;

import java.nio.file.Path;

/** {@link ConcurrentWritesTest} on PostgreSQL: two instances take conflicting writes at once. */
class PostgresConcurrentWritesTest extends ConcurrentWritesTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
