package org.govsite.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.osgi.util.NLS;
import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.crypto.Sm2Signer;
import org.govsite.protocol.HighRiskOperations;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.RequestVerifier;
import org.govsite.protocol.ResponseSigner;
import org.govsite.server.internal.ApiHandler;
import org.govsite.server.internal.Database;
import org.govsite.server.internal.Nonces;
import org.govsite.server.internal.OperatorEndpoints;
import org.govsite.server.internal.Operators;
import org.govsite.server.internal.Router;
import org.govsite.server.internal.ServerKey;
import org.govsite.server.internal.Services;
import org.govsite.server.internal.Sessions;
import org.govsite.server.internal.SiteHandler;

/**
 * The GovSite platform server: REST API v1 (docs/protocol.md, docs/server.md) on Jetty 12 over a database that
 * holds all its state. {@link #start(ServerConfig)} opens the database (schema migrated), loads or creates the
 * server's SM2 key, and listens; {@link #stop()} ends it.
 */
public final class PlatformServer implements AutoCloseable {
    private final Server jetty;
    private final Database database;
    private final Sm2PublicKey serverKey;
    private final OperationLog operationLog;
    private final URI uri;

    private PlatformServer(Server jetty, Database database, Sm2PublicKey serverKey, OperationLog operationLog, URI uri) {
        this.jetty = jetty;
        this.database = database;
        this.serverKey = serverKey;
        this.operationLog = operationLog;
        this.uri = uri;
    }

    /**
     * @throws ServerException if the data folder, key file or database cannot be used or the port is taken
     */
    public static PlatformServer start(ServerConfig config) {
        Sm2PrivateKey key = loadKey(config);
        Database database = openDatabase(config);
        try {
            OperationLog log = new OperationLog(database, config.clock());
            Sessions sessions = new Sessions(database, ServerKey.sealKey(key), config.clock());
            RequestVerifier verifier = new RequestVerifier(sessions, new Nonces(database, config.clock()),
                    config.replayPolicy(), HighRiskOperations.V1, config.clock());
            Services services = new Services(config, database, sessions, log, verifier, key.publicKey(),
                    KeyFingerprint.of(key.publicKey()));
            Server jetty = new Server();
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            ServerConnector connector = connector(jetty, http, config);
            String host = config.host().startsWith("[") && config.host().endsWith("]") //$NON-NLS-1$ //$NON-NLS-2$
                    ? config.host().substring(1, config.host().length() - 1) : config.host();
            connector.setHost(host);
            connector.setPort(config.port());
            jetty.addConnector(connector);
            ErrorHandler errors = new ErrorHandler();
            errors.setShowStacks(false);
            errors.setShowMessageInTitle(false);
            jetty.setErrorHandler(errors);
            jetty.setHandler(new SiteHandler(services, new ApiHandler(new Router(services),
                    new ResponseSigner(() -> Sm2Signer.forSigning(key), config.clock()), config.maxBodyBytes())));
            jetty.start();
            URI uri = new URI(config.tlsKeyStore() == null ? "http" : "https", null, host, connector.getLocalPort(), //$NON-NLS-1$ //$NON-NLS-2$
                    null, null, null); // [::1] for IPv6
            return new PlatformServer(jetty, database, key.publicKey(), log, uri);
        } catch (Exception e) {
            database.close();
            throw new ServerException(NLS.bind(Messages.CannotListen, config.host() + ":" + config.port(), e.getMessage()), e); //$NON-NLS-1$
        }
    }

    /**
     * Registers the first system administrator, without starting the server. There are no default accounts: this is
     * how a new platform gets its first operator.
     *
     * @param password wiped afterwards
     * @throws ServerException if the database has operators already, or the name is invalid
     */
    public static void createFirstAdministrator(ServerConfig config, String name, Sm2PublicKey key, char[] password) {
        try (Database database = openDatabase(config)) {
            OperatorEndpoints.checkName(name);
            String verifier = PasswordVerifier.hash(password, config.passwordIterations());
            database.transaction(connection -> {
                if (Operators.any(connection)) {
                    throw new ServerException(Messages.AdministratorExists);
                }
                Operators.insert(connection, name, key, verifier, Set.of(Role.SYSTEM_ADMINISTRATOR),
                        config.clock().instant().getEpochSecond());
                new OperationLog(database, config.clock()).append(connection, name, "operator.init-admin", name, //$NON-NLS-1$
                        Role.SYSTEM_ADMINISTRATOR.wireName());
                return null;
            });
        } catch (SQLException e) {
            throw new ServerException(NLS.bind(Messages.DatabaseFailed, config.jdbcUrl(), e.getMessage()), e);
        } catch (ProtocolException | IllegalArgumentException e) {
            throw new ServerException(NLS.bind(Messages.InvalidAdministrator, name), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * @return plain http, or https with the key store's certificates (chosen by SNI; any {@code Host} is served, as
     *         published sites are served by their host names)
     */
    private static ServerConnector connector(Server jetty, HttpConfiguration http, ServerConfig config) {
        if (config.tlsKeyStore() == null) {
            return new ServerConnector(jetty, new HttpConnectionFactory(http));
        }
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(config.tlsKeyStore().toAbsolutePath().toString());
        tls.setKeyStoreType("PKCS12"); //$NON-NLS-1$
        tls.setKeyStorePassword(new String(config.tlsPassword()));
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        return new ServerConnector(jetty, new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(http));
    }

    /** @return {@code http(s)://host:port} the server listens on ({@code http://[::1]:port} for an IPv6 address) */
    public URI uri() {
        return uri;
    }

    public Sm2PublicKey serverKey() {
        return serverKey;
    }

    public OperationLog operationLog() {
        return operationLog;
    }

    /** Stops listening and closes the database. Idempotent. */
    public void stop() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new ServerException(e.getMessage(), e);
        } finally {
            database.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static Sm2PrivateKey loadKey(ServerConfig config) {
        try {
            Files.createDirectories(config.dataFolder());
            return ServerKey.loadOrCreate(config.dataFolder(), config.keyPassphrase());
        } catch (IOException | CryptoException e) {
            throw new ServerException(NLS.bind(Messages.ServerKeyFailed,
                    config.dataFolder().resolve(ServerKey.FILE_NAME), e.getMessage()), e);
        }
    }

    private static Database openDatabase(ServerConfig config) {
        try {
            return Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword());
        } catch (SQLException e) {
            throw new ServerException(NLS.bind(Messages.DatabaseFailed, config.jdbcUrl(), e.getMessage()), e);
        }
    }
}
