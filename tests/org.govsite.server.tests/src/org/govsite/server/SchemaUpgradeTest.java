package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.govsite.testing.LegacySchema;
import org.govsite.testing.SqlRows;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's schema under Flyway, on H2 and PostgreSQL: new databases, and databases of the runner before Flyway
 * ({@code schema_version}) taken over with their data.
 */
class SchemaUpgradeTest {
    private static final String V1 = "/org/govsite/server/schema/V1__server.sql";

    @TempDir
    Path folder;

    @Test
    void aNewPostgresDatabaseGetsEveryScriptThroughFlyway() throws SQLException {
        ServerConfig config = PostgresDatabases.config(folder);
        int schema;
        try (TestServer test = TestServer.withAdministrator(config)) {
            schema = ((Number) TestServer.parse(test.client.unsigned("GET", "/api/v1/version", new byte[0]))
                    .get("schema")).intValue();
        }
        List<String> applied = SqlRows.strings(PostgresDatabases.dataSource(config), "SELECT version || ' ' || type "
                + "|| ' ' || success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
        assertEquals(IntStream.rangeClosed(1, schema).mapToObj(v -> v + " SQL true").toList(), applied);
    }

    @Test
    void anH2DatabaseOfTheRunnerBeforeFlywayIsTakenOverWithItsData() throws SQLException {
        ServerConfig config = TestServer.config(folder);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(config.jdbcUrl());
        h2.setUser(config.dbUser());
        assertTakenOver(config, h2);
    }

    @Test
    void aPostgresDatabaseOfTheRunnerBeforeFlywayIsTakenOverWithItsData() throws SQLException {
        ServerConfig config = PostgresDatabases.config(folder);
        assertTakenOver(config, PostgresDatabases.dataSource(config));
    }

    private static void assertTakenOver(ServerConfig config, DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            LegacySchema.create(connection, PlatformServer.class, V1, 1);
            statement.execute("INSERT INTO organisation (id, name, kind, version) VALUES ('zj', '浙江省人民政府', 'GOVERNMENT', 3)");
        }
        try (TestServer test = TestServer.withAdministrator(config)) {
            ApiClient.Session editor = test.client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR));
            ApiClient.Reply read = test.client.signed(editor, "GET", "/api/v1/organisations/zj", new byte[0]);
            assertEquals(200, read.status(), read::text);
            assertEquals("\"3\"", read.header("ETag"));
        }
        assertEquals(List.of(), SqlRows.strings(database,
                "SELECT table_name FROM information_schema.tables WHERE LOWER(table_name) = 'schema_version'"));
        List<String> history = SqlRows.strings(database, "SELECT \"version\" || ' ' || \"type\" "
                + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
        assertEquals("1 BASELINE", history.get(0), "the old runner's version 1 is the baseline");
        assertEquals(IntStream.range(2, history.size() + 1).mapToObj(v -> v + " SQL").toList(),
                history.subList(1, history.size()), "the later scripts are applied on top");
    }
}
