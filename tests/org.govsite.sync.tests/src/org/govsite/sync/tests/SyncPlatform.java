package org.govsite.sync.tests;

import java.net.URI;
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
 * A real platform server on 127.0.0.1 for sync tests, in a test's folder, first started on port 0 (any free port)
 * and restarted on the same port (so that the workbench finds a restarted server, in this JVM or a child one, where
 * it knows it), with a first administrator and the content editors the tests sync as.
 */
final class SyncPlatform {
    static final String PASSPHRASE = "server key passphrase for sync tests";

    /** An operator as a test knows it. */
    record Operator(String name, Sm2KeyPair key, String password) {
        static Operator generate(String name) {
            return new Operator(name, Sm2KeyPair.generate(), "口令-" + name + "-2026");
        }
    }

    final Operator admin = Operator.generate("root");
    private ServerConfig config;
    private String fingerprint;
    private PlatformServer server;

    /** Prepares the server folder (first administrator) without starting it. */
    SyncPlatform(Path folder) {
        config = ServerConfig.defaults(folder, PASSPHRASE.toCharArray()).withPort(0)
                .withPasswordIterations(PasswordVerifier.MIN_ITERATIONS);
        PlatformServer.createFirstAdministrator(config, admin.name(), admin.key().publicKey(), admin.password().toCharArray());
    }

    /** Starts (or restarts, on the same port) the server in this JVM. */
    SyncPlatform start() {
        server = PlatformServer.start(config);
        started(server.uri(), KeyFingerprint.of(server.serverKey()));
        return this;
    }

    /** Records where the server listens and its key, for a server started in this JVM or in a child one. */
    void started(URI uri, String serverFingerprint) {
        config = config.withPort(uri.getPort());
        fingerprint = serverFingerprint;
    }

    ServerConfig config() {
        return config;
    }

    /** Stops the server started by {@link #start()}. */
    void stop() {
        server.stop();
    }

    ConnectionSettings settings(String operator) {
        return new ConnectionSettings("同步测试平台", URI.create("http://127.0.0.1:" + config.port()), operator,
                fingerprint);
    }

    PlatformClient login(Operator operator) {
        PlatformClient client = PlatformClient.open(settings(operator.name()));
        client.login(operator.password().toCharArray(), operator.key().privateKey());
        return client;
    }

    /** Registers a content editor through the API as the administrator. */
    Operator addEditor(String name) {
        Operator operator = Operator.generate(name);
        try (PlatformClient client = login(admin)) {
            client.post("/api/v1/operators", Map.of("name", name, "publicKey", operator.key().publicKey().toPem(),
                    "password", operator.password(), "roles", List.of("content-editor")));
        }
        return operator;
    }
}
