package org.govsite.server;

import java.nio.file.Path;

/** {@link OperatorTest} on PostgreSQL: registration, high-risk role changes, the last administrator kept. */
class PostgresOperatorTest extends OperatorTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
