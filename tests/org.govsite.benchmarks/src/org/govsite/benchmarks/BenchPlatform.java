package org.govsite.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.govsite.client.ClientOptions;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.server.PlatformServer;
import org.govsite.server.ServerConfig;
import org.govsite.testing.Folders;

/**
 * A real {@link PlatformServer} for a benchmark (H2 file, {@code WRITE_DELAY=0} as the server runs it) on 127.0.0.1 in
 * a temporary folder, with its first administrator, which registers operators and logs them in through the signed
 * client. Closing it stops the server and deletes the folder.
 */
public final class BenchPlatform implements AutoCloseable {
    private static final String PASSWORD = "benchmark operator password";

    private final Path folder;
    private final PlatformServer server;
    private final String fingerprint;
    private final Sm2KeyPair root = Sm2KeyPair.generate();

    /** @param name of the temporary folder */
    public BenchPlatform(String name) throws Exception {
        folder = Files.createTempDirectory(name);
        ServerConfig config = ServerConfig.defaults(folder, name.toCharArray()).withPort(0)
                .withPasswordIterations(PasswordVerifier.MIN_ITERATIONS);
        PlatformServer.createFirstAdministrator(config, "root", root.publicKey(), PASSWORD.toCharArray());
        server = PlatformServer.start(config);
        fingerprint = KeyFingerprint.of(server.serverKey());
    }

    /** @return the server's data folder */
    public Path folder() {
        return folder;
    }

    /**
     * Registers operator {@code name} with {@code role} (a wire name such as {@code content-editor}) and logs it in.
     *
     * @param connections the client's pooled connections
     * @param timeout the client's answer timeout
     */
    public PlatformClient operator(String name, String role, int connections, Duration timeout) {
        Sm2KeyPair key = Sm2KeyPair.generate();
        try (PlatformClient admin = login("root", root, 1, timeout)) {
            admin.post("/api/v1/operators", Map.of("name", name, "publicKey", key.publicKey().toPem(), "password", PASSWORD,
                    "roles", List.of(role)));
        }
        return login(name, key, connections, timeout);
    }

    private PlatformClient login(String operator, Sm2KeyPair key, int connections, Duration timeout) {
        PlatformClient client = PlatformClient.open(new ConnectionSettings("基准平台", server.uri(), operator, fingerprint),
                new ClientOptions(Duration.ofSeconds(5), timeout, connections));
        client.login(PASSWORD.toCharArray(), key.privateKey());
        return client;
    }

    @Override
    public void close() throws Exception {
        server.stop();
        Folders.delete(folder);
    }
}
