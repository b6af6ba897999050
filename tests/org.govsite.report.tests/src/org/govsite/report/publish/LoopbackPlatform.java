package org.govsite.report.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.server.PlatformServer;
import org.govsite.server.ServerConfig;

/**
 * A real platform server on 127.0.0.1 in a test's folder (as in org.govsite.client.tests), with the first
 * administrator {@code root} and a content editor {@code zhang.wei} (also an auditor, to read the operation log);
 * {@link #editor} is logged in as the editor, whose key and password the command-line tests log in with too.
 */
public final class LoopbackPlatform implements AutoCloseable {
    /** The password of both operators. */
    public static final String PASSWORD = "口令-测试-2026";
    /** The content editor's name. */
    public static final String EDITOR = "zhang.wei";

    public final PlatformServer server;
    public final PlatformClient editor;
    public final Sm2KeyPair editorKey = Sm2KeyPair.generate();

    public LoopbackPlatform(Path folder) {
        ServerConfig config = ServerConfig.defaults(folder, "report publishing tests".toCharArray())
                .withPort(0).withPasswordIterations(PasswordVerifier.MIN_ITERATIONS);
        Sm2KeyPair root = Sm2KeyPair.generate();
        PlatformServer.createFirstAdministrator(config, "root", root.publicKey(), PASSWORD.toCharArray());
        server = PlatformServer.start(config);
        try (PlatformClient admin = login("root", root)) {
            admin.post("/api/v1/operators", Map.of("name", EDITOR, "publicKey", editorKey.publicKey().toPem(),
                    "password", PASSWORD, "roles", List.of("content-editor", "auditor")));
        }
        editor = login(EDITOR, editorKey);
    }

    /** @return the server key's fingerprint, as its administrators publish it */
    public String fingerprint() {
        return KeyFingerprint.of(server.serverKey());
    }

    /** Creates a running portal of the organisation {@code hz} (which the caller created). */
    public void site(String id, String name, String domain, String idCode) {
        editor.post("/api/v1/sites", Map.of("id", id, "name", name, "kind", "PORTAL", "level", "CITY", "host",
                "hz", "mainDomain", domain, "aliases", List.of(), "idCode", idCode, "status", "RUNNING"));
    }

    /** Creates a top-level column of a site. */
    public void column(String site, String id, String name, String category, int position) {
        editor.post("/api/v1/sites/" + site + "/columns", Map.of("id", id, "name", name, "pathSegment", id,
                "category", category, "updatePeriodDays", 30, "position", position));
    }

    private PlatformClient login(String operator, Sm2KeyPair key) {
        PlatformClient client = PlatformClient.open(new ConnectionSettings("测试平台", server.uri(), operator,
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
