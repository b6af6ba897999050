package org.govsite.server;

import java.nio.file.Path;

/** {@link IdempotencyTest} on PostgreSQL: idempotent writes (a repeated key answers the stored response). */
class PostgresIdempotencyTest extends IdempotencyTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
