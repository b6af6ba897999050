package org.govsite.client;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.server.PlatformServer;
import org.govsite.server.ServerConfig;
import org.govsite.testing.Tls;

/**
 * A real platform server on 127.0.0.1 in a test's folder, with a first administrator {@code root} registered through
 * {@link PlatformServer#createFirstAdministrator}; further operators are registered through a {@link PlatformClient}.
 * Password verifiers use the fewest iterations allowed, to keep logins fast.
 */
final class TestPlatform implements AutoCloseable {
    static final String PASSPHRASE = "server key passphrase for client tests";

    final PlatformServer server;
    final Operator admin;
    /** How its clients connect: the JDK's trust, or trusting the server's own certificate when it speaks https. */
    final ClientOptions options;

    private TestPlatform(PlatformServer server, Operator admin, ClientOptions options) {
        this.server = server;
        this.admin = admin;
        this.options = options;
    }

    /** Starts a server on any free port. */
    static TestPlatform start(Path folder) {
        return start(folder, 0);
    }

    /** Starts a server on {@code port} (0: any free one) with a fresh server key in {@code folder}. */
    static TestPlatform start(Path folder, int port) {
        return start(folder, port, ServerConfig.LOOPBACK);
    }

    /** Starts a server on {@code host} ({@code ::1}: IPv6) and {@code port} with a fresh server key in {@code folder}. */
    static TestPlatform start(Path folder, int port, String host) {
        return start(config(folder).withPort(port).withHost(host), ClientOptions.DEFAULTS);
    }

    /** Starts a server on any free port speaking https itself with the certificate of {@code keyStore}. */
    static TestPlatform startHttps(Path folder, Path keyStore) throws Exception {
        return start(config(folder).withPort(0).withTls(keyStore, Tls.PASSWORD.toCharArray()),
                ClientOptions.DEFAULTS.withTrust(Tls.trusting(keyStore)));
    }

    private static ServerConfig config(Path folder) {
        return ServerConfig.defaults(folder, PASSPHRASE.toCharArray()).withPasswordIterations(PasswordVerifier.MIN_ITERATIONS);
    }

    private static TestPlatform start(ServerConfig config, ClientOptions options) {
        Operator admin = Operator.generate("root");
        PlatformServer.createFirstAdministrator(config, admin.name(), admin.key().publicKey(), admin.passwordChars());
        return new TestPlatform(PlatformServer.start(config), admin, options);
    }

    String fingerprint() {
        return KeyFingerprint.of(server.serverKey());
    }

    /** Settings for {@code operator} at this server (or at {@code base}, e.g. a proxy), with its key pinned. */
    ConnectionSettings settings(String operator, URI base) {
        return new ConnectionSettings("测试平台", base, operator, fingerprint());
    }

    ConnectionSettings settings(String operator) {
        return settings(operator, server.uri());
    }

    /** @return a client logged in as {@code operator} */
    PlatformClient login(Operator operator) {
        PlatformClient client = PlatformClient.open(settings(operator.name()), options);
        client.login(operator.passwordChars(), operator.key().privateKey());
        return client;
    }

    /** Registers {@code name} with {@code roles} (wire names) as the administrator, through the client. */
    Operator addOperator(String name, String... roles) {
        Operator operator = Operator.generate(name);
        try (PlatformClient client = login(admin)) {
            client.post("/api/v1/operators", Map.of("name", name, "publicKey", operator.key().publicKey().toPem(),
                    "password", operator.password(), "roles", List.of(roles)));
        }
        return operator;
    }

    @Override
    public void close() {
        server.stop();
    }
}
