package org.govsite.server;

import java.nio.file.Path;

/** {@link InteractionRecordTest} on PostgreSQL: messages, solicitations, interviews and service items. */
class PostgresInteractionRecordTest extends InteractionRecordTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
