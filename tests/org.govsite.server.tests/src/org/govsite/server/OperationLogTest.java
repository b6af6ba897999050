package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.crypto.Sm3;
import org.h2.Driver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SM3 hash chain of the operation log, its verifier and the auditor's endpoint. */
class OperationLogTest {
    @TempDir
    Path folder;
    private TestServer test;
    private ApiClient.Session editor;

    @BeforeEach
    void start() {
        test = TestServer.withAdministrator(folder);
        editor = test.client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR));
        for (String id : List.of("a", "b", "c")) {
            test.client.signed(editor, "POST", "/api/v1/organisations", TestServer.json(Map.of("id", id, "name", id, "kind", "DEPARTMENT")));
        }
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void theChainOfARealHistoryVerifies() throws Exception {
        OperationLog.Verification verification = test.server.operationLog().verify();
        assertTrue(verification.intact(), verification::reason);
        List<OperationLog.Entry> entries = test.server.operationLog().read(0, 1000);
        assertEquals(entries.size(), verification.entries());
        assertEquals(OperationLog.GENESIS, entries.get(0).prevHash());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).hash(), entries.get(i).prevHash());
        }
    }

    @Test
    void aTamperedRowIsTheFirstBrokenLink() throws Exception {
        long target = entrySeq("organisation.create", "b");
        execute("UPDATE operation_log SET detail = 'forged' WHERE seq = ?", target);
        OperationLog.Verification verification = test.server.operationLog().verify();
        assertEquals(Optional.of(target), verification.firstBrokenSeq());
        assertEquals(target - 1, verification.entries());
    }

    @Test
    void aRemovedRowIsReportedWhereTheGapIs() throws Exception {
        long target = entrySeq("organisation.create", "a");
        execute("DELETE FROM operation_log WHERE seq = ?", target);
        assertEquals(Optional.of(target + 1), test.server.operationLog().verify().firstBrokenSeq());
    }

    @Test
    void aRowRewrittenWithItsOwnHashBreaksTheNextLink() throws Exception {
        long target = entrySeq("organisation.create", "a");
        OperationLog.Entry entry = test.server.operationLog().read(target - 1, 1).get(0);
        OperationLog.Entry forged = new OperationLog.Entry(entry.seq(), entry.loggedAtMs(), "someone", entry.action(),
                entry.target(), entry.detail(), entry.prevHash(), entry.hash());
        String forgedHash = Sm3.digestHex((forged.prevHash() + forged.canonical()).getBytes(StandardCharsets.UTF_8));
        try (Connection connection = connect();
                PreparedStatement update = connection.prepareStatement("UPDATE operation_log SET operator = 'someone', hash = ? WHERE seq = ?")) {
            update.setString(1, forgedHash);
            update.setLong(2, target);
            update.executeUpdate();
        }
        assertEquals(Optional.of(target + 1), test.server.operationLog().verify().firstBrokenSeq());
    }

    @Test
    void concurrentChangesKeepOneUnbrokenChain() throws Exception {
        int threads = 6;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t + "-";
                results.add(pool.submit(() -> {
                    int created = 0;
                    for (int i = 0; i < perThread; i++) {
                        byte[] body = TestServer.json(Map.of("id", prefix + i, "name", prefix + i, "kind", "DEPARTMENT"));
                        created += test.client.signed(editor, "POST", "/api/v1/organisations", body).status() == 201 ? 1 : 0;
                    }
                    return created;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(perThread, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        OperationLog.Verification verification = test.server.operationLog().verify();
        assertTrue(verification.intact(), verification::reason);
        assertEquals(3 + threads * perThread, test.server.operationLog().read(0, 1000).stream()
                .filter(e -> e.action().equals("organisation.create")).count());
    }

    @Test
    void auditorsReadTheLogInPages() {
        ApiClient.Session auditor = test.client.login(test.addOperator("audit.li", Role.AUDITOR));
        ApiClient.Reply first = test.client.signed(auditor, "GET", "/api/v1/log?limit=2", new byte[0]);
        assertEquals(200, first.status(), first::text);
        List<?> page = TestServer.list(first, "entries");
        assertEquals(2, page.size());
        assertEquals(1, ((Number) ((Map<?, ?>) page.get(0)).get("seq")).intValue());
        List<?> next = TestServer.list(test.client.signed(auditor, "GET", "/api/v1/log?after=2&limit=2", new byte[0]), "entries");
        assertEquals(3, ((Number) ((Map<?, ?>) next.get(0)).get("seq")).intValue());
        assertEquals("GS-REQ-INVALID-FIELD", test.client.signed(auditor, "GET", "/api/v1/log?limit=0", new byte[0]).code());
    }

    private long entrySeq(String action, String target) throws Exception {
        return test.server.operationLog().read(0, 1000).stream()
                .filter(e -> e.action().equals(action) && e.target().equals(target)).findFirst().orElseThrow().seq();
    }

    private void execute(String sql, long seq) throws Exception {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, seq);
            assertEquals(1, statement.executeUpdate());
        }
    }

    private Connection connect() throws Exception {
        return new Driver().connect(test.config.jdbcUrl(), credentials());
    }

    private static Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", "");
        return properties;
    }
}
