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
 * administrator {@code root} and a content editor {@code zhang.wei}; {@link #editor} is logged in as the editor.
 */
final class LoopbackPlatform implements AutoCloseable {
    private static final String PASSWORD = "口令-测试-2026";

    final PlatformServer server;
    final PlatformClient editor;

    LoopbackPlatform(Path folder) {
        ServerConfig config = ServerConfig.defaults(folder, "report publishing tests".toCharArray())
                .withPasswordIterations(PasswordVerifier.MIN_ITERATIONS);
        Sm2KeyPair root = Sm2KeyPair.generate();
        PlatformServer.createFirstAdministrator(config, "root", root.publicKey(), PASSWORD.toCharArray());
        server = PlatformServer.start(config);
        Sm2KeyPair editorKey = Sm2KeyPair.generate();
        try (PlatformClient admin = login("root", root)) {
            admin.post("/api/v1/operators", Map.of("name", "zhang.wei", "publicKey", editorKey.publicKey().toPem(),
                    "password", PASSWORD, "roles", List.of("content-editor")));
        }
        editor = login("zhang.wei", editorKey);
    }

    private PlatformClient login(String operator, Sm2KeyPair key) {
        PlatformClient client = PlatformClient.open(new ConnectionSettings("测试平台", server.uri(), operator,
                KeyFingerprint.of(server.serverKey())));
        client.login(PASSWORD.toCharArray(), key.privateKey());
        return client;
    }

    @Override
    public void close() {
        editor.close();
        server.stop();
    }
}
