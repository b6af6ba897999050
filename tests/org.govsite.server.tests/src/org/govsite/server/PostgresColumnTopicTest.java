package org.govsite.server;

import java.nio.file.Path;

/** {@link ColumnTopicTest} on PostgreSQL: columns and topics. */
class PostgresColumnTopicTest extends ColumnTopicTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
