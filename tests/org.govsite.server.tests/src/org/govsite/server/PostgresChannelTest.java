package org.govsite.server;

import java.nio.file.Path;

/** {@link ChannelTest} on PostgreSQL: channels. */
class PostgresChannelTest extends ChannelTest {
    @Override
    ServerConfig config(Path data) {
        return PostgresDatabases.config(data);
    }
}
