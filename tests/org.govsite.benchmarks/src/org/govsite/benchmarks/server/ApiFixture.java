package org.govsite.benchmarks.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2Signer;
import org.govsite.protocol.HighRiskOperations;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.protocol.RequestVerifier;
import org.govsite.protocol.ResponseSigner;
import org.govsite.server.PlatformServer;
import org.govsite.server.Role;
import org.govsite.server.ServerConfig;
import org.govsite.server.internal.ApiHandler;
import org.govsite.server.internal.ApiResponse;
import org.govsite.server.internal.Caller;
import org.govsite.server.internal.Database;
import org.govsite.server.internal.Nonces;
import org.govsite.server.internal.OrganisationEndpoints;
import org.govsite.server.internal.Router;
import org.govsite.server.internal.ServerKey;
import org.govsite.server.internal.Services;
import org.govsite.server.internal.Sessions;

/**
 * One Jetty server, shared by the signed and the unsigned request benchmarks, serving the same endpoint code two
 * ways: {@code /api/v1/...} through the server's own {@link ApiHandler} and {@link Router} exactly as
 * {@link PlatformServer} wires them (request verification, session and nonce in the database, SM2-signed answers),
 * and {@code /plain/organisations/{id}} through {@link OrganisationEndpoints#get} for a fixed caller: no request
 * verification, no answer signature. The database, key and first administrator are made by a real
 * {@link PlatformServer} (idle; it provides the operation log), whose H2 database this server opens in-process too.
 * Product code has no bypass: the plain path exists only here.
 */
final class ApiFixture {
    static final String ORGANISATION = "hz";
    static final String PLAIN_PREFIX = "/plain/organisations/";
    private static final Caller FIXED_CALLER = new Caller("zhang.wei", "benchmark", Set.of(Role.CONTENT_EDITOR));
    private static ApiFixture shared;
    private static int users;

    private final Path folder;
    private final PlatformServer platform;
    private final Database database;
    private final Server jetty;
    final URI uri;
    final ConnectionSettings editorSettings;
    final Sm2KeyPair editorKey = Sm2KeyPair.generate();
    final char[] editorPassword = "benchmark editor password".toCharArray();

    /** @return the shared fixture, started by the first caller */
    static synchronized ApiFixture acquire() throws Exception {
        if (users++ == 0) {
            shared = new ApiFixture();
        }
        return shared;
    }

    /** Stops the shared fixture when its last user releases it. */
    static synchronized void release() throws Exception {
        if (--users == 0) {
            shared.close();
            shared = null;
        }
    }

    private ApiFixture() throws Exception {
        folder = Files.createTempDirectory("govsite-bench-server");
        char[] passphrase = "benchmark server passphrase".toCharArray();
        ServerConfig config = ServerConfig.defaults(folder, passphrase).withPort(0)
                .withPasswordIterations(PasswordVerifier.MIN_ITERATIONS);
        Sm2KeyPair adminKey = Sm2KeyPair.generate();
        char[] adminPassword = "benchmark administrator password".toCharArray();
        PlatformServer.createFirstAdministrator(config, "root", adminKey.publicKey(), adminPassword.clone());
        platform = PlatformServer.start(config);
        database = Database.open(config.jdbcUrl(), "sa", ""); //$NON-NLS-1$ //$NON-NLS-2$
        Sm2PrivateKey serverKey = ServerKey.loadOrCreate(folder, passphrase);
        Sessions sessions = new Sessions(database, ServerKey.sealKey(serverKey), config.clock());
        RequestVerifier verifier = new RequestVerifier(sessions, new Nonces(database, config.clock()),
                config.replayPolicy(), HighRiskOperations.V1, config.clock());
        Services services = new Services(config, database, sessions, platform.operationLog(), verifier,
                serverKey.publicKey(), KeyFingerprint.of(serverKey.publicKey()));
        ApiHandler signed = new ApiHandler(new Router(services),
                new ResponseSigner(Sm2Signer.forSigning(serverKey), config.clock()), config.maxBodyBytes());
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(ServerConfig.LOOPBACK);
        jetty.addConnector(connector);
        jetty.setHandler(new Both(signed, new OrganisationEndpoints(services)));
        jetty.start();
        uri = URI.create("http://" + ServerConfig.LOOPBACK + ":" + connector.getLocalPort());
        String fingerprint = KeyFingerprint.of(serverKey.publicKey());
        try (PlatformClient admin = PlatformClient.open(new ConnectionSettings("bench", uri, "root", fingerprint))) {
            admin.login(adminPassword, adminKey.privateKey());
            admin.post("/api/v1/operators", Map.of("name", FIXED_CALLER.operator(), "publicKey",
                    editorKey.publicKey().toPem(), "password", new String(editorPassword), "roles", List.of("content-editor")));
        }
        editorSettings = new ConnectionSettings("bench", uri, FIXED_CALLER.operator(), fingerprint);
        try (PlatformClient editor = PlatformClient.open(editorSettings)) {
            editor.login(editorPassword, editorKey.privateKey());
            editor.post("/api/v1/organisations", Map.of("id", ORGANISATION, "name", "杭州市人民政府", "kind", "GOVERNMENT",
                    "divisionCode", "330100", "shortName", "杭州市政府"));
        }
    }

    private void close() throws Exception {
        jetty.stop();
        database.close();
        platform.stop();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The signed API, and beside it the same endpoint unsigned for a fixed caller. */
    private static final class Both extends Handler.Abstract {
        private final ApiHandler signed;
        private final OrganisationEndpoints organisations;

        Both(ApiHandler signed, OrganisationEndpoints organisations) {
            this.signed = signed;
            this.organisations = organisations;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = request.getHttpURI().getPath();
            if (!path.startsWith(PLAIN_PREFIX)) {
                return signed.handle(request, response, callback);
            }
            ApiResponse answer = plain(path.substring(PLAIN_PREFIX.length()));
            response.setStatus(answer.status());
            response.getHeaders().put("Content-Type", answer.contentType());
            answer.headers().forEach(response.getHeaders()::put);
            response.write(true, ByteBuffer.wrap(answer.body()), callback);
            return true;
        }

        private ApiResponse plain(String id) {
            try {
                return organisations.get(FIXED_CALLER, id);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
