package org.govsite.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.govsite.protocol.PasswordVerifier;
import org.govsite.protocol.ReplayPolicy;

/**
 * How a {@link PlatformServer} runs. Start from {@link #defaults(Path, char[])} and change with the {@code with}
 * methods.
 *
 * @param host address to listen on (loopback by default): a name, an IPv4 address or an IPv6 address ({@code ::1} or
 *            {@code [::1]}; {@code ::} for every address of both families)
 * @param port TCP port, 0 for any free port
 * @param dataFolder holds the server key file and, by default, the H2 database
 * @param jdbcUrl the database ({@code jdbc:h2:...} or {@code jdbc:postgresql:...});
 *            {@code jdbc:h2:file:<dataFolder>/govsite-server;LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=64} by
 *            default (WRITE_DELAY=0: a commit is in the file when it returns; H2's default writes it up to 0.5 s
 *            later, so a killed server lost answered writes, sessions and idempotency records; QUERY_CACHE_SIZE=64:
 *            each connection keeps the parsed form of its last 64 statements, H2's default of 8 being fewer than one
 *            article create runs, so that every statement was parsed again)
 * @param dbUser the database user ({@value #H2_USER} by default)
 * @param dbPassword the database user's password (empty by default)
 * @param keyPassphrase protects the server key file
 * @param maxBodyBytes larger request bodies are refused ({@code GS-REQ-TOO-LARGE})
 * @param replayPolicy the timestamp window of requests and login proofs
 * @param sessionLifetime how long a session lasts after login
 * @param passwordIterations PBKDF2 iterations of new password verifiers
 * @param clock the server's clock
 * @param publicScheme the scheme visitors reach the published sites by, {@code https} (a TLS proxy in front, the
 *            default) or {@code http}: absolute addresses on published pages (page tags, migration notices) use it
 * @param tlsKeyStore a PKCS12 key store whose key and certificate (several, chosen by SNI) the server speaks https
 *            with, or null (the default): plain http, for a TLS-terminating proxy in front
 * @param tlsPassword the key store's password (with {@link #tlsKeyStore()})
 */
public record ServerConfig(String host, int port, Path dataFolder, String jdbcUrl, String dbUser, char[] dbPassword,
        char[] keyPassphrase,
        int maxBodyBytes, ReplayPolicy replayPolicy, Duration sessionLifetime, int passwordIterations, Clock clock,
        String publicScheme, Path tlsKeyStore, char[] tlsPassword) {
    public static final String LOOPBACK = "127.0.0.1"; //$NON-NLS-1$
    public static final int DEFAULT_PORT = 8443;
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(8);
    /** The schemes {@link #publicScheme()} may be. */
    public static final String HTTPS = "https", HTTP = "http"; //$NON-NLS-1$ //$NON-NLS-2$
    /** The user of the default H2 database. */
    public static final String H2_USER = "sa"; //$NON-NLS-1$

    /** @return loopback, port {@link #DEFAULT_PORT}, H2 in {@code dataFolder}, 1 MiB bodies, ±300 s, 8 h sessions */
    public static ServerConfig defaults(Path dataFolder, char[] keyPassphrase) {
        return new ServerConfig(LOOPBACK, DEFAULT_PORT, dataFolder, h2Url(dataFolder), H2_USER, new char[0], keyPassphrase,
                DEFAULT_MAX_BODY_BYTES, ReplayPolicy.standard(), DEFAULT_SESSION_LIFETIME,
                PasswordVerifier.DEFAULT_ITERATIONS, Clock.systemUTC(), HTTPS, null, null);
    }

    /**
     * @return the JDBC URL of the H2 file database in {@code dataFolder}; a transaction waits up to 10 s for a row
     *         lock (operation log appends queue on one row); commits are durable when they return; 64 statements
     *         parsed kept per connection
     */
    public static String h2Url(Path dataFolder) {
        return "jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("govsite-server") //$NON-NLS-1$
                + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=64"; //$NON-NLS-1$
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, dataFolder, jdbcUrl, dbUser, dbPassword, keyPassphrase, maxBodyBytes, replayPolicy,
                sessionLifetime, passwordIterations, clock, publicScheme, tlsKeyStore, tlsPassword);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataFolder, jdbcUrl, dbUser, dbPassword, keyPassphrase, maxBodyBytes, replayPolicy,
                sessionLifetime, passwordIterations, clock, publicScheme, tlsKeyStore, tlsPassword);
    }

    public ServerConfig withJdbcUrl(String newJdbcUrl) {
        return new ServerConfig(host, port, dataFolder, newJdbcUrl, dbUser, dbPassword, keyPassphrase, maxBodyBytes, replayPolicy,
                sessionLifetime, passwordIterations, clock, publicScheme, tlsKeyStore, tlsPassword);
    }

    /** The database login (e.g. for PostgreSQL); the password array is used as is, not copied. */
    public ServerConfig withDatabaseLogin(String newDbUser, char[] newDbPassword) {
        return new ServerConfig(host, port, dataFolder, jdbcUrl, newDbUser, newDbPassword, keyPassphrase, maxBodyBytes,
                replayPolicy, sessionLifetime, passwordIterations, clock, publicScheme, tlsKeyStore, tlsPassword);
    }

    public ServerConfig withPasswordIterations(int newPasswordIterations) {
        return new ServerConfig(host, port, dataFolder, jdbcUrl, dbUser, dbPassword, keyPassphrase, maxBodyBytes, replayPolicy,
                sessionLifetime, newPasswordIterations, clock, publicScheme, tlsKeyStore, tlsPassword);
    }

    public ServerConfig withMaxBodyBytes(int newMaxBodyBytes) {
        return new ServerConfig(host, port, dataFolder, jdbcUrl, dbUser, dbPassword, keyPassphrase, newMaxBodyBytes, replayPolicy,
                sessionLifetime, passwordIterations, clock, publicScheme, tlsKeyStore, tlsPassword);
    }

    /**
     * @param newClock the clock of signatures, sessions, the operation log and what is shown when (migration notices):
     *        tests move it to see a notice end
     */
    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(host, port, dataFolder, jdbcUrl, dbUser, dbPassword, keyPassphrase, maxBodyBytes, replayPolicy,
                sessionLifetime, passwordIterations, newClock, publicScheme, tlsKeyStore, tlsPassword);
    }

    /** @param scheme {@link #HTTPS} or {@link #HTTP} */
    public ServerConfig withPublicScheme(String scheme) {
        if (!HTTPS.equals(scheme) && !HTTP.equals(scheme)) {
            throw new IllegalArgumentException("the public scheme is https or http, not " + scheme); //$NON-NLS-1$
        }
        return new ServerConfig(host, port, dataFolder, jdbcUrl, dbUser, dbPassword, keyPassphrase, maxBodyBytes, replayPolicy,
                sessionLifetime, passwordIterations, clock, scheme, tlsKeyStore, tlsPassword);
    }

    /**
     * @param keyStore a PKCS12 key store to speak https with (null: plain http)
     * @param password its password; the array is used as is, not copied
     */
    public ServerConfig withTls(Path keyStore, char[] password) {
        return new ServerConfig(host, port, dataFolder, jdbcUrl, dbUser, dbPassword, keyPassphrase, maxBodyBytes, replayPolicy,
                sessionLifetime, passwordIterations, clock, publicScheme, keyStore, password);
    }

    /** @return {@link #publicScheme()} with {@code ://}, as absolute addresses start */
    public String publicPrefix() {
        return publicScheme + "://"; //$NON-NLS-1$
    }
}
