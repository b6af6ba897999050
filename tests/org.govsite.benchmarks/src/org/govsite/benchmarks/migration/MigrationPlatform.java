package org.govsite.benchmarks.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.govsite.benchmarks.Folders;
import org.govsite.client.ClientOptions;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.server.PlatformServer;
import org.govsite.server.ServerConfig;

/**
 * A fresh platform for one migration: a real {@link PlatformServer} (H2 file, {@code WRITE_DELAY=0}) on 127.0.0.1 in a
 * temporary folder, a portal with the site's four columns, and a content editor's signed {@link PlatformClient}
 * logged in, with {@value #CONNECTIONS} pooled connections. Made before an iteration, closed after it, so that every
 * iteration imports into an empty library.
 */
final class MigrationPlatform implements AutoCloseable {
    static final int CONNECTIONS = 8;
    private static final String PASSWORD = "migration benchmark password";

    private final Path folder;
    private final PlatformServer server;
    final PlatformClient editor;

    MigrationPlatform() throws Exception {
        folder = Files.createTempDirectory("govsite-bench-migration-server");
        ServerConfig config = ServerConfig.defaults(folder, "migration benchmark".toCharArray()).withPort(0)
                .withPasswordIterations(PasswordVerifier.MIN_ITERATIONS);
        Sm2KeyPair root = Sm2KeyPair.generate();
        Sm2KeyPair editorKey = Sm2KeyPair.generate();
        PlatformServer.createFirstAdministrator(config, "root", root.publicKey(), PASSWORD.toCharArray());
        server = PlatformServer.start(config);
        String fingerprint = KeyFingerprint.of(server.serverKey());
        try (PlatformClient admin = login("root", root, fingerprint)) {
            admin.post("/api/v1/operators", Map.of("name", "li.na", "publicKey", editorKey.publicKey().toPem(),
                    "password", PASSWORD, "roles", List.of("content-editor")));
        }
        editor = login("li.na", editorKey, fingerprint);
        editor.post("/api/v1/organisations", Map.of("id", "new", "name", "某市人民政府", "kind", "GOVERNMENT"));
        editor.post("/api/v1/sites", Map.of("id", "new-portal", "name", "某市人民政府门户网站", "kind", "PORTAL", "level",
                "CITY", "host", "new", "mainDomain", "new.gov.cn", "aliases", List.of(), "idCode", "3301000001",
                "status", "RUNNING"));
        for (int i = 0; i < MigrationSite.COLUMNS.size(); i++) {
            String column = MigrationSite.COLUMNS.get(i);
            editor.post("/api/v1/sites/new-portal/columns", Map.of("id", column, "name", column, "pathSegment", column,
                    "category", "OTHER", "updatePeriodDays", 30, "position", i));
        }
    }

    private PlatformClient login(String operator, Sm2KeyPair key, String fingerprint) {
        PlatformClient client = PlatformClient.open(new ConnectionSettings("新平台", server.uri(), operator, fingerprint),
                new ClientOptions(Duration.ofSeconds(5), Duration.ofMinutes(5), CONNECTIONS));
        client.login(PASSWORD.toCharArray(), key.privateKey());
        return client;
    }

    @Override
    public void close() throws Exception {
        editor.close();
        server.stop();
        Folders.delete(folder);
    }
}
