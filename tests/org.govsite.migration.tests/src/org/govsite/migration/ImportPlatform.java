package org.govsite.migration;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsite.client.ArticlePage;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.server.PlatformServer;
import org.govsite.server.ServerConfig;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A real platform server on 127.0.0.1 (a free port) in a test's folder, with a portal whose columns are the given ids, and
 * {@link #editor} logged in as a content editor (also a reviewer, to publish, and an auditor, to read the operation
 * log).
 */
final class ImportPlatform implements AutoCloseable {
    /** Every operator's password. */
    static final String PASSWORD = "迁移-测试-口令-2026";
    /** The content editor's operator name. */
    static final String EDITOR = "li.na";

    final PlatformServer server;
    final PlatformClient editor;
    /** The content editor's key pair, for a key file. */
    final Sm2KeyPair editorKey = Sm2KeyPair.generate();
    /** The system administrator's key pair. */
    private final Sm2KeyPair root = Sm2KeyPair.generate();

    ImportPlatform(Path folder, List<String> columns) {
        this(folder, columns, Clock.systemUTC());
    }

    /** A platform whose clock is {@code clock} (a test moves it to see migration notices end). */
    ImportPlatform(Path folder, List<String> columns, Clock clock) {
        ServerConfig config = ServerConfig.defaults(folder, "migration import tests".toCharArray())
                .withPort(0).withPasswordIterations(PasswordVerifier.MIN_ITERATIONS).withClock(clock);
        PlatformServer.createFirstAdministrator(config, "root", root.publicKey(), PASSWORD.toCharArray());
        server = PlatformServer.start(config);
        try (PlatformClient admin = login("root", root)) {
            admin.post("/api/v1/operators", Map.of("name", EDITOR, "publicKey", editorKey.publicKey().toPem(),
                    "password", PASSWORD, "roles", List.of("content-editor", "content-reviewer", "auditor")));
        }
        editor = login(EDITOR, editorKey);
        editor.post("/api/v1/organisations", Map.of("id", "new", "name", "某市人民政府", "kind", "GOVERNMENT"));
        editor.post("/api/v1/sites", Map.of("id", "new-portal", "name", "某市人民政府门户网站", "kind", "PORTAL", "level",
                "CITY", "host", "new", "mainDomain", "new.gov.cn", "aliases", List.of(), "idCode", "3301000001",
                "status", "RUNNING"));
        for (int i = 0; i < columns.size(); i++) {
            editor.post("/api/v1/sites/new-portal/columns", Map.of("id", columns.get(i), "name", columns.get(i),
                    "pathSegment", columns.get(i), "category", "OTHER", "updatePeriodDays", 30, "position", i));
        }
    }

    /** @return a new operator {@code name} with only the content reviewer's role, logged in (the caller closes it) */
    PlatformClient reviewer(String name) {
        Sm2KeyPair key = Sm2KeyPair.generate();
        try (PlatformClient admin = login("root", root)) {
            admin.post("/api/v1/operators", Map.of("name", name, "publicKey", key.publicKey().toPem(), "password",
                    PASSWORD, "roles", List.of("content-reviewer")));
        }
        return login(name, key);
    }

    /** @return every article of a column, read back through the client */
    List<JsonNode> articles(String column) {
        List<JsonNode> all = new ArrayList<>();
        String after = "";
        ArticlePage page;
        do {
            page = editor.articles(column, after, 100);
            all.addAll(page.articles());
            after = page.next(after);
        } while (page.more());
        return all;
    }

    /** @return the server key's fingerprint, as its administrators publish it */
    String fingerprint() {
        return KeyFingerprint.of(server.serverKey());
    }

    /** Publishes the portal: its pages are then served for {@code new.gov.cn}. */
    void publish() {
        editor.post("/api/v1/sites/new-portal/publish", Map.of());
    }

    /** @return how many times the operation log records {@code action} */
    long logged(String action) {
        return editor.log(0, 1000).entries().stream().filter(entry -> entry.action().equals(action)).count();
    }

    private PlatformClient login(String operator, Sm2KeyPair key) {
        PlatformClient client = PlatformClient.open(new ConnectionSettings("新平台", server.uri(), operator,
                fingerprint()));
        client.login(PASSWORD.toCharArray(), key.privateKey());
        return client;
    }

    @Override
    public void close() {
        editor.close();
        server.stop();
    }
}
