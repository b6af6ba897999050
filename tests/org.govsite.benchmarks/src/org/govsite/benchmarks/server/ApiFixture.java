package org.govsite.benchmarks.server;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.govsite.server.ServerConfig;
import org.govsite.server.internal.ApiHandler;
import org.govsite.server.internal.ApiResponse;
import org.govsite.server.internal.ChangeFeed;
import org.govsite.server.internal.Database;
import org.govsite.server.internal.Nonces;
import org.govsite.server.internal.Router;
import org.govsite.server.internal.ServerKey;
import org.govsite.server.internal.Services;
import org.govsite.server.internal.Sessions;
import org.govsite.server.internal.Versions;
import org.govsite.testing.Folders;

/**
 * One Jetty server, shared by the signed and the unsigned request benchmarks, serving the same endpoint code two
 * ways: {@code /api/v1/...} through the server's own {@link ApiHandler} and {@link Router} exactly as
 * {@link PlatformServer} wires them (request verification, session and nonce in the database, authenticated
 * answers), and beside it {@code /plain/organisations/{id}}, which does what the organisation endpoint's read does
 * after authentication (the same SELECT in a transaction of the server's {@link Database}, the row as JSON, the
 * ETag, by {@link Versions#answer}; the endpoint classes themselves are package-private), and
 * {@code /plain/changes}, what the change-feed endpoint does for its first page ({@link ChangeFeed#read}), without
 * request verification, session, nonce, role check or answer authentication. The feed holds the organisation and
 * {@value Workload#FEED_PAGE} departments under it, so its first page is full. The database, key and first administrator are made by a real
 * {@link PlatformServer} (idle; it provides the operation log), whose H2 database this server opens in-process too.
 * Product code has no bypass: the plain path exists only here.
 */
final class ApiFixture {
    static final String ORGANISATION = "hz";
    static final String PLAIN_PREFIX = "/plain/";
    private static final String PLAIN_ORGANISATION = PLAIN_PREFIX + "organisations/";
    private static final String EDITOR = "zhang.wei";
    private static final String SELECT = "SELECT id, name, kind, division_code, short_name, superior_id, version "
            + "FROM organisation WHERE id = ?";
    private static ApiFixture shared;
    private static int users;

    private final Path folder;
    private final PlatformServer platform;
    final Database database;
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
        database = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword());
        Sm2PrivateKey serverKey = ServerKey.loadOrCreate(folder, passphrase);
        Sessions sessions = new Sessions(database, ServerKey.sealKey(serverKey), config.clock());
        RequestVerifier verifier = new RequestVerifier(sessions, new Nonces(database, config.clock()),
                config.replayPolicy(), HighRiskOperations.V1, config.clock());
        Services services = new Services(config, database, sessions, platform.operationLog(), verifier,
                serverKey.publicKey(), KeyFingerprint.of(serverKey.publicKey()));
        ApiHandler signed = new ApiHandler(new Router(services),
                new ResponseSigner(() -> Sm2Signer.forSigning(serverKey), config.clock()), config.maxBodyBytes());
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(ServerConfig.LOOPBACK);
        jetty.addConnector(connector);
        jetty.setHandler(new Both(signed, database));
        jetty.start();
        uri = URI.create("http://" + ServerConfig.LOOPBACK + ":" + connector.getLocalPort());
        String fingerprint = KeyFingerprint.of(serverKey.publicKey());
        try (PlatformClient admin = PlatformClient.open(new ConnectionSettings("bench", uri, "root", fingerprint))) {
            admin.login(adminPassword, adminKey.privateKey());
            admin.post("/api/v1/operators", Map.of("name", EDITOR, "publicKey",
                    editorKey.publicKey().toPem(), "password", new String(editorPassword), "roles", List.of("content-editor")));
        }
        editorSettings = new ConnectionSettings("bench", uri, EDITOR, fingerprint);
        try (PlatformClient editor = PlatformClient.open(editorSettings)) {
            editor.login(editorPassword, editorKey.privateKey());
            editor.post("/api/v1/organisations", Map.of("id", ORGANISATION, "name", "杭州市人民政府", "kind", "GOVERNMENT",
                    "divisionCode", "330100", "shortName", "杭州市政府"));
            for (int i = 1; i <= Workload.FEED_PAGE; i++) {
                editor.post("/api/v1/organisations", Map.of("id", "dept-" + i, "name", "杭州市人民政府部门" + i,
                        "kind", "DEPARTMENT", "superior", ORGANISATION));
            }
        }
    }

    private void close() throws Exception {
        jetty.stop();
        database.close();
        platform.stop();
        Folders.delete(folder);
    }

    /** The signed API, and beside it the same read unsigned. */
    private static final class Both extends Handler.Abstract {
        private final ApiHandler signed;
        private final Database database;

        Both(ApiHandler signed, Database database) {
            this.signed = signed;
            this.database = database;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = request.getHttpURI().getPath();
            if (!path.startsWith(PLAIN_PREFIX)) {
                return signed.handle(request, response, callback);
            }
            ApiResponse answer = path.startsWith(PLAIN_ORGANISATION) ? organisation(path.substring(PLAIN_ORGANISATION.length()))
                    : feed();
            response.setStatus(answer.status());
            response.getHeaders().put("Content-Type", answer.contentType());
            answer.headers().forEach(response.getHeaders()::put);
            response.write(true, ByteBuffer.wrap(answer.body()), callback);
            return true;
        }

        /** What the change-feed endpoint answers for {@code after=0&limit=100}. */
        private ApiResponse feed() throws SQLException {
            List<ChangeFeed.Change> page = database.transaction(
                    connection -> ChangeFeed.read(connection, 0, Workload.FEED_PAGE + 1));
            List<ChangeFeed.Change> changes = page.subList(0, Math.min(Workload.FEED_PAGE, page.size()));
            return ApiResponse.json(200, Map.of("changes", changes, "cursor", changes.get(changes.size() - 1).seq(),
                    "more", page.size() > Workload.FEED_PAGE));
        }

        private ApiResponse organisation(String id) throws SQLException {
            Map<String, Object> organisation = database.transaction(connection -> {
                try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                    select.setString(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        if (!row.next()) {
                            throw new IllegalStateException("no organisation " + id);
                        }
                        Map<String, Object> json = new LinkedHashMap<>();
                        json.put("id", row.getString(1));
                        json.put("name", row.getString(2));
                        json.put("kind", row.getString(3));
                        json.put("divisionCode", row.getString(4));
                        json.put("shortName", row.getString(5));
                        json.put("superior", row.getString(6));
                        json.put("version", row.getLong(7));
                        return json;
                    }
                }
            });
            return Versions.answer(200, organisation, (Long) organisation.get("version"));
        }
    }
}
