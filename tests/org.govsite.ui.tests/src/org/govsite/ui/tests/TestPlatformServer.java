package org.govsite.ui.tests;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.server.OperationLog;
import org.govsite.server.PlatformServer;
import org.govsite.server.Role;
import org.govsite.server.ServerConfig;
import org.h2.Driver;

/**
 * A real platform server for UI tests, on 127.0.0.1 (or ::1) and a free port, in a test's folder, with a first system
 * administrator {@code root} whose key the test holds (password verifiers at the fewest iterations allowed).
 */
public final class TestPlatformServer implements AutoCloseable {

    public static final String ADMIN = "root";
    public static final String ADMIN_PASSWORD = "root-password-2026";

    public final Sm2KeyPair adminKey = Sm2KeyPair.generate();
    private final ServerConfig config;
    private final PlatformServer server;
    private boolean stopped;

    public TestPlatformServer(Path folder) {
        this(folder, ServerConfig.LOOPBACK);
    }

    /** @param host the loopback address to listen on: {@code 127.0.0.1} or {@code ::1} */
    public TestPlatformServer(Path folder, String host) {
        config = ServerConfig.defaults(folder, "server passphrase for ui tests".toCharArray()).withPort(0).withHost(host)
                .withPasswordIterations(PasswordVerifier.MIN_ITERATIONS);
        PlatformServer.createFirstAdministrator(config, ADMIN, adminKey.publicKey(), ADMIN_PASSWORD.toCharArray());
        server = PlatformServer.start(config);
    }

    public URI uri() {
        return server.uri();
    }

    public String fingerprint() {
        return KeyFingerprint.of(server.serverKey());
    }

    /** Registers an operator through the API as {@code root} (what the administrator does with a public key handed over). */
    public void register(String name, Sm2PublicKey key, String password, Role... roles) {
        try (PlatformClient admin = PlatformClient.open(new ConnectionSettings(ADMIN, uri(), ADMIN, fingerprint()))) {
            admin.fetchServerIdentity();
            admin.login(ADMIN_PASSWORD.toCharArray(), adminKey.privateKey());
            admin.post("/api/v1/operators", Map.of("name", name, "publicKey", key.toPem(), "password", password, "roles",
                    List.of(roles).stream().map(Role::wireName).toList()));
        }
    }

    /** Verifies the log on the server's side; returns how many entries it holds, fails if the chain is broken. */
    public long verifyLog() throws SQLException {
        OperationLog.Verification verification = server.operationLog().verify();
        if (!verification.intact()) {
            throw new AssertionError("the server's log is broken: " + verification.reason());
        }
        return verification.entries();
    }

    /** Dates the last store of every attachment {@code age} back, as if they had been stored that long ago. */
    public void ageAttachments(Duration age) throws SQLException {
        update("UPDATE attachment SET stored_at = ?", Instant.now().minus(age).getEpochSecond());
    }

    /** Ends every session as their lifetime's end would: their next request is refused as an unknown session. */
    public void expireSessions() throws SQLException {
        update("UPDATE api_session SET expires_at = ?", Instant.now().minusSeconds(1).getEpochSecond());
    }

    private void update(String sql, long value) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", config.dbUser());
        login.setProperty("password", config.dbPassword() == null ? "" : new String(config.dbPassword()));
        try (Connection connection = new Driver().connect(config.jdbcUrl(), login);
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, value);
            update.executeUpdate();
        }
    }

    public void stop() {
        if (!stopped) {
            stopped = true;
            server.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
