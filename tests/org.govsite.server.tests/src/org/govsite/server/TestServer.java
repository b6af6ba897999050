package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.govsite.protocol.PasswordVerifier;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A platform server on 127.0.0.1, any free port, in a test's folder; its first administrator registered through
 * {@link PlatformServer#createFirstAdministrator}. Password verifiers use the fewest iterations allowed, to keep
 * logins fast.
 */
final class TestServer implements AutoCloseable {
    static final String PASSPHRASE = "server key passphrase for tests";
    static final ObjectMapper JSON = new ObjectMapper();

    final ServerConfig config;
    final PlatformServer server;
    final ApiClient client;
    final Account admin;

    private TestServer(ServerConfig config, Account admin) {
        this.config = config;
        this.admin = admin;
        this.server = PlatformServer.start(config);
        this.client = new ApiClient(server.uri(), server.serverKey());
    }

    static ServerConfig config(Path folder) {
        return ServerConfig.defaults(folder, PASSPHRASE.toCharArray()).withPort(0)
                .withPasswordIterations(PasswordVerifier.MIN_ITERATIONS);
    }

    /** Starts a server with a first administrator {@code root}. */
    static TestServer withAdministrator(Path folder) {
        return withAdministrator(config(folder));
    }

    /** Starts a server with a first administrator {@code root} on {@code config}'s database. */
    static TestServer withAdministrator(ServerConfig config) {
        Account admin = Account.generate("root");
        PlatformServer.createFirstAdministrator(config, admin.name(), admin.key().publicKey(), admin.password().toCharArray());
        return new TestServer(config, admin);
    }

    /** Starts a server on a folder prepared before (restart). */
    static TestServer reopen(Path folder, Account admin) {
        return new TestServer(config(folder), admin);
    }

    /** Starts a server on {@code config}'s database, prepared before (restart). */
    static TestServer reopen(ServerConfig config, Account admin) {
        return new TestServer(config, admin);
    }

    /** Registers {@code name} with {@code roles} through the API as the administrator. */
    Account addOperator(String name, Role... roles) {
        return addOperator(client, admin, name, roles);
    }

    /** Registers {@code name} with {@code roles} through {@code client} as {@code admin}. */
    static Account addOperator(ApiClient client, Account admin, String name, Role... roles) {
        Account account = Account.generate(name);
        ApiClient.Session session = client.login(admin);
        byte[] body = json(Map.of("name", name, "publicKey", account.key().publicKey().toPem(), "password",
                account.password(), "roles", Arrays.stream(roles).map(Role::wireName).toList()));
        ApiClient.Reply reply = client.signed(session, "POST", "/api/v1/operators", body);
        assertEquals(201, reply.status(), reply::text);
        return account;
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> parse(ApiClient.Reply reply) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(reply.body(), Map.class);
            return map;
        } catch (IOException e) {
            throw new IllegalStateException(reply.text(), e);
        }
    }

    static List<?> list(ApiClient.Reply reply, String field) {
        return (List<?>) parse(reply).get(field);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
    }
}
