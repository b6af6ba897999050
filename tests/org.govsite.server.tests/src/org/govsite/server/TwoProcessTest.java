package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.server.internal.Database;
import org.govsite.server.internal.ServerKey;
import org.govsite.testing.ChildJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two platform server processes ({@code java -cp ... org.govsite.server.Main}, started through {@link ChildJvm}) on
 * one PostgreSQL database behave as one server behind a load balancer: sessions, nonces, login failures, the
 * operation log and entity versions live only in the database. The two processes serve all tests of the class;
 * each test has its own operators and organisations.
 */
class TwoProcessTest {
    private static final Pattern STARTED = Pattern.compile("listening on (\\S+); server key fingerprint ([0-9a-f]{64})");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final byte[] NO_BODY = new byte[0];

    @TempDir
    static Path folder;
    private static ServerConfig config;
    private static Account admin;
    private static ChildJvm first;
    private static ChildJvm second;
    private static ApiClient atFirst;
    private static ApiClient atSecond;

    @BeforeAll
    static void startTwoProcesses() throws Exception {
        config = PostgresDatabases.config(folder.resolve("data"));
        admin = Account.generate("root");
        PlatformServer.createFirstAdministrator(config, admin.name(), admin.key().publicKey(),
                admin.password().toCharArray());
        ServerKey.loadOrCreate(Files.createDirectories(config.dataFolder()), config.keyPassphrase());
        first = start();
        second = start();
        atFirst = client(first);
        atSecond = client(second);
        assertEquals(atFirst.fingerprint(), atSecond.fingerprint(), "both instances sign with the one server key");
    }

    @AfterAll
    static void stopProcesses() throws Exception {
        for (ChildJvm server : new ChildJvm[] { first, second }) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void aSessionOpenedAtOneIsValidAtTheOtherAndANonceServesOnce() {
        Account editor = TestServer.addOperator(atFirst, admin, "sun.li", Role.CONTENT_EDITOR);
        ApiClient.Session session = atFirst.login(editor);
        assertEquals(200, atSecond.signed(session, "GET", "/api/v1/organisations", NO_BODY).status());

        Map<String, String> headers = new LinkedHashMap<>();
        session.signer().sign("GET", "/api/v1/organisations", headers, NO_BODY);
        assertEquals(200, atFirst.send("GET", "/api/v1/organisations", headers, NO_BODY).status());
        ApiClient.Reply replayed = atSecond.send("GET", "/api/v1/organisations", headers, NO_BODY);
        assertEquals("GS-AUTH-REPLAY", replayed.code());

        String challenge = atSecond.challenge(editor.name());
        assertEquals(200, atFirst.login(editor.name(), challenge, editor.key(), editor.password()).status(),
                "a challenge issued by one instance is consumed by the other");
    }

    @Test
    void concurrentChangesThroughBothKeepOneUnbrokenLogChain() throws Exception {
        Account one = TestServer.addOperator(atFirst, admin, "zhang.wei", Role.CONTENT_EDITOR);
        Account two = TestServer.addOperator(atSecond, admin, "wang.fang", Role.CONTENT_EDITOR);
        ApiClient.Session oneSession = atFirst.login(one);
        ApiClient.Session twoSession = atSecond.login(two);
        int perInstance = 15;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < perInstance; i++) {
                String a = "chain-a" + i;
                String b = "chain-b" + i;
                results.add(pool.submit(() -> create(atFirst, oneSession, a)));
                results.add(pool.submit(() -> create(atSecond, twoSession, b)));
            }
            for (Future<Integer> result : results) {
                assertEquals(201, result.get());
            }
        } finally {
            pool.shutdown();
        }
        try (Database database = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword())) {
            OperationLog log = new OperationLog(database, Clock.systemUTC());
            OperationLog.Verification verification = log.verify();
            assertTrue(verification.intact(), verification::reason);
            List<OperationLog.Entry> entries = log.read(0, 1000);
            assertEquals(entries.size(), verification.entries());
            assertEquals(2 * perInstance, entries.stream()
                    .filter(e -> e.action().equals("organisation.create") && e.target().startsWith("chain-")).count());
            assertEquals(perInstance, entries.stream()
                    .filter(e -> e.action().equals("organisation.create") && e.operator().equals("wang.fang")).count());
        }
    }

    @Test
    void loginFailuresAreCountedAcrossBothInstances() {
        Account auditor = TestServer.addOperator(atFirst, admin, "li.na", Role.AUDITOR);
        for (int i = 0; i < 5; i++) {
            ApiClient client = i % 2 == 0 ? atFirst : atSecond;
            ApiClient.Reply refused = client.login(auditor.name(), client.challenge(auditor.name()), auditor.key(), "guess " + i);
            assertEquals("GS-AUTH-LOGIN-FAILED", refused.code());
        }
        for (ApiClient client : List.of(atFirst, atSecond)) {
            ApiClient.Reply locked = client.login(auditor.name(), client.challenge(auditor.name()), auditor.key(),
                    auditor.password());
            assertEquals(423, locked.status(), locked::text);
            assertEquals("GS-AUTH-LOCKED", locked.code());
        }
    }

    @Test
    void aVersionChangedAtOneInstanceIsStaleAtTheOther() {
        Account editor = TestServer.addOperator(atFirst, admin, "zhao.min", Role.CONTENT_EDITOR);
        ApiClient.Session session = atFirst.login(editor);
        assertEquals(201, create(atFirst, session, "zj"));

        byte[] renamed = TestServer.json(Map.of("name", "浙江省政府", "kind", "GOVERNMENT"));
        ApiClient.Reply updated = atSecond.signed(session, "PUT", "/api/v1/organisations/zj", renamed, "\"1\"");
        assertEquals(200, updated.status(), updated::text);
        assertEquals("\"2\"", updated.header("ETag"));

        byte[] stale = TestServer.json(Map.of("name", "浙江", "kind", "GOVERNMENT"));
        ApiClient.Reply conflict = atFirst.signed(session, "PUT", "/api/v1/organisations/zj", stale, "\"1\"");
        assertEquals(412, conflict.status(), conflict::text);
        assertEquals("GS-CONFLICT-ETAG", conflict.code());
        ApiClient.Reply read = atFirst.signed(session, "GET", "/api/v1/organisations/zj", NO_BODY);
        assertEquals("\"2\"", read.header("ETag"));
        assertEquals("浙江省政府", TestServer.parse(read).get("name"));
    }

    private static int create(ApiClient client, ApiClient.Session session, String id) {
        byte[] body = TestServer.json(Map.of("id", id, "name", "机构 " + id, "kind", "DEPARTMENT"));
        return client.signed(session, "POST", "/api/v1/organisations", body).status();
    }

    /** Starts {@code Main} in a child JVM on the test's database; secrets go in files, not on the command line. */
    private static ChildJvm start() throws Exception {
        Path passphrase = Files.writeString(folder.resolve("passphrase.txt"), TestServer.PASSPHRASE + "\n");
        Path dbPassword = Files.writeString(folder.resolve("db-password.txt"), new String(config.dbPassword()) + "\n");
        return ChildJvm.launcher(Main.class).withBundles("slf4j.nop")
                .jvmArgs("-Xmx256m", "-Duser.language=en", "-Duser.country=US")
                .args("--db", config.dataFolder().toString(), "--jdbc-url", config.jdbcUrl(), "--db-user",
                        config.dbUser(), "--db-password-file", dbPassword.toString(), "--key-passphrase-file",
                        passphrase.toString(), "--port", "0")
                .start();
    }

    /** Waits for the server's start line and pins its key, checked against the printed fingerprint. */
    private static ApiClient client(ChildJvm server) throws Exception {
        Matcher started = server.awaitLine(STARTED, START_TIMEOUT);
        URI uri = URI.create(started.group(1));
        try (HttpClient http = HttpClient.newHttpClient()) {
            String pem = http.send(HttpRequest.newBuilder(uri.resolve("/api/v1/server-key")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Sm2PublicKey key = Sm2PublicKey.fromPem(pem);
            assertEquals(started.group(2), KeyFingerprint.of(key));
            return new ApiClient(uri, key);
        }
    }
}
