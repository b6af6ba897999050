package org.govsite.server;

import java.nio.file.Path;

/** {@link OrganisationTest} on PostgreSQL: CRUD, ETags, concurrent updates with one winner, the log entries. */
class PostgresOrganisationTest extends OrganisationTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
