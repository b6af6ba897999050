package org.govsite.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Rejection;
import org.govsite.store.replica.Replica;
import org.govsite.testing.LegacySchema;
import org.govsite.testing.SqlRows;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A replica of schema version 1 (made by Flyway, or by the runner before it) with queued and conflicting edits, opened
 * by this version: upgraded to version 2 (REJECTED) and 3 (kept files), nothing lost.
 */
class ReplicaSchemaTest {

    private static final String V1 = "/org/govsite/store/replica/schema/V1__replica.sql";

    @TempDir
    Path folder;

    @Test
    void aReplicaOfFlywaysVersionOneIsUpgradedKeepingItsOutbox() throws Exception {
        Path scripts = Files.createDirectories(folder.resolve("v1"));
        try (InputStream v1 = Replica.class.getResourceAsStream(V1)) {
            Files.copy(v1, scripts.resolve("V1__replica.sql"));
        }
        JdbcDataSource database = dataSource();
        Flyway.configure(getClass().getClassLoader()).dataSource(database).locations("filesystem:" + scripts).load()
                .migrate();
        assertUpgraded(database, "1 SQL");
    }

    @Test
    void aReplicaOfTheRunnerBeforeFlywayIsUpgradedKeepingItsOutbox() throws SQLException {
        JdbcDataSource database = dataSource();
        try (Connection connection = database.getConnection()) {
            LegacySchema.create(connection, Replica.class, V1, 1);
        }
        assertUpgraded(database, "1 BASELINE");
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(Replica.jdbcUrl(folder.resolve("replica")));
        return database;
    }

    /** Fills a version 1 replica with a record and three entries, opens it and checks what version 2 made of them. */
    private void assertUpgraded(JdbcDataSource database, String first) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO replica_record VALUES ('organisation', 'a', 2, '{\"id\":\"a\",\"name\":\"A\"}')");
            statement.execute("INSERT INTO outbox (idempotency_key, entity, id, base_version, op, data_json, state) VALUES "
                    + "('key-1', 'organisation', 'a', 1, 'upsert', '{\"id\":\"a\",\"name\":\"mine\"}', 'CONFLICT'), "
                    + "('key-2', 'organisation', 'b', 0, 'upsert', '{\"id\":\"b\",\"name\":\"B\"}', 'QUEUED'), "
                    + "('key-3', 'organisation', 'a', 2, 'delete', NULL, 'QUEUED')");
        }
        try (Replica replica = Replica.open(folder.resolve("replica"))) {
            List<OutboxEntry> outbox = replica.outbox();
            assertEquals(List.of("key-1 CONFLICT", "key-2 QUEUED", "key-3 QUEUED"),
                    outbox.stream().map(entry -> entry.idempotencyKey() + " " + entry.state()).toList());
            assertEquals(JsonNodeFactory.instance.objectNode().put("id", "b").put("name", "B"), outbox.get(1).data());
            assertEquals(2, replica.find("organisation", "a").orElseThrow().version());
            replica.reject(outbox.get(1), "GS-REQ-INVALID-FIELD", "name is required");
            assertEquals(List.of(new Rejection(replica.outbox().get(1), "GS-REQ-INVALID-FIELD", "name is required")),
                    replica.rejections());
            OutboxEntry next = replica.queueUpsert("organisation", "c", 0, outbox.get(1).data());
            assertEquals(outbox.get(2).seq() + 1, next.seq(), "the queue order goes on");
        }
        assertEquals(List.of(first, "2 SQL", "3 SQL"), SqlRows.strings(database, "SELECT \"version\" || ' ' || \"type\" "
                + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\""));
    }
}
