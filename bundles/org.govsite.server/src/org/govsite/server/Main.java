package org.govsite.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.KeyFingerprint;

/**
 * Command line of the platform server (docs/server.md):
 *
 * <pre>
 * govsite-server [--db FOLDER] [--jdbc-url URL [--db-user USER] [--db-password-file FILE]] [--host HOST] [--port PORT]
 *                [--public-scheme https|http] [--key-passphrase-file FILE]
 *                [--tls-keystore FILE.p12 --tls-password-file FILE]
 *                [--init-admin NAME --admin-key PUBLIC-KEY.pem --admin-password-file FILE]
 * </pre>
 *
 * The server key passphrase comes from {@code --key-passphrase-file} or the environment variable
 * {@value #PASSPHRASE_VARIABLE}. With {@code --init-admin} the first system administrator is registered and the
 * program ends; otherwise the server runs until stopped.
 */
public final class Main {
    public static final String PASSPHRASE_VARIABLE = "GOVSITE_SERVER_KEY_PASSPHRASE"; //$NON-NLS-1$
    public static final String DEFAULT_DATA_FOLDER = "govsite-server-data"; //$NON-NLS-1$

    private static final List<String> OPTIONS = List.of("--db", "--jdbc-url", "--db-user", "--db-password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "--host", "--port", "--public-scheme", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "--key-passphrase-file", "--init-admin", "--admin-key", "--admin-password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "--tls-keystore", "--tls-password-file"); //$NON-NLS-1$ //$NON-NLS-2$

    private Main() {
    }

    public static void main(String[] args) {
        try {
            Optional<PlatformServer> server = run(args, System.getenv(), System.out);
            if (server.isPresent()) {
                Runtime.getRuntime().addShutdownHook(new Thread(server.get()::stop));
                Thread.currentThread().join();
            }
        } catch (ServerException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @return the running server, or empty if the command only registered the first administrator or printed help
     * @throws ServerException with a localized message if an option is wrong or the server cannot start
     */
    public static Optional<PlatformServer> run(String[] args, Map<String, String> environment, PrintStream out) {
        Map<String, String> options = parse(args);
        if (options.containsKey("--help")) { //$NON-NLS-1$
            out.println(Messages.Usage);
            return Optional.empty();
        }
        Path data = Path.of(options.getOrDefault("--db", DEFAULT_DATA_FOLDER)); //$NON-NLS-1$
        Path tlsKeyStore = options.containsKey("--tls-keystore") ? Path.of(options.get("--tls-keystore")) : null; //$NON-NLS-1$ //$NON-NLS-2$
        ServerConfig config = publicScheme(ServerConfig.defaults(data, passphrase(options, environment))
                .withHost(options.getOrDefault("--host", ServerConfig.LOOPBACK)) //$NON-NLS-1$
                .withPort(port(options.getOrDefault("--port", Integer.toString(ServerConfig.DEFAULT_PORT)))), //$NON-NLS-1$
                options.getOrDefault("--public-scheme", ServerConfig.HTTPS)) //$NON-NLS-1$
                .withJdbcUrl(options.getOrDefault("--jdbc-url", ServerConfig.h2Url(data))) //$NON-NLS-1$
                .withDatabaseLogin(options.getOrDefault("--db-user", ServerConfig.H2_USER), //$NON-NLS-1$
                        options.containsKey("--db-password-file") //$NON-NLS-1$
                                ? readSecret(Path.of(options.get("--db-password-file"))) : new char[0]) //$NON-NLS-1$
                .withTls(tlsKeyStore,
                        tlsKeyStore == null ? null : readSecret(Path.of(required(options, "--tls-password-file")))); //$NON-NLS-1$
        if (options.containsKey("--init-admin")) { //$NON-NLS-1$
            String name = options.get("--init-admin"); //$NON-NLS-1$
            Path keyFile = Path.of(required(options, "--admin-key")); //$NON-NLS-1$
            Sm2PublicKey key = publicKey(keyFile);
            PlatformServer.createFirstAdministrator(config, name, key,
                    readSecret(Path.of(required(options, "--admin-password-file")))); //$NON-NLS-1$
            out.println(NLS.bind(Messages.AdministratorCreated, name, KeyFingerprint.of(key)));
            return Optional.empty();
        }
        PlatformServer server = PlatformServer.start(config);
        out.println(NLS.bind(Messages.Started, server.uri(), KeyFingerprint.of(server.serverKey())));
        return Optional.of(server);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
                options.put("--help", ""); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (!OPTIONS.contains(args[i])) {
                throw new ServerException(NLS.bind(Messages.UnknownOption, args[i], Messages.Usage));
            } else if (i + 1 == args.length) {
                throw new ServerException(NLS.bind(Messages.MissingOptionValue, args[i]));
            } else {
                options.put(args[i], args[++i]);
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new ServerException(NLS.bind(Messages.MissingOptionValue, name));
        }
        return value;
    }

    /** @return {@code config} with {@code --public-scheme text}, which {@link ServerConfig#withPublicScheme} checks */
    private static ServerConfig publicScheme(ServerConfig config, String text) {
        try {
            return config.withPublicScheme(text);
        } catch (IllegalArgumentException e) {
            throw new ServerException(NLS.bind(Messages.UnknownOption, "--public-scheme " + text, Messages.Usage), e); //$NON-NLS-1$
        }
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the usage
        }
        throw new ServerException(NLS.bind(Messages.UnknownOption, "--port " + text, Messages.Usage)); //$NON-NLS-1$
    }

    private static char[] passphrase(Map<String, String> options, Map<String, String> environment) {
        String file = options.get("--key-passphrase-file"); //$NON-NLS-1$
        if (file != null) {
            return readSecret(Path.of(file));
        }
        String value = environment.get(PASSPHRASE_VARIABLE);
        if (value == null || value.isEmpty()) {
            throw new ServerException(NLS.bind(Messages.MissingPassphrase, PASSPHRASE_VARIABLE));
        }
        return value.toCharArray();
    }

    /** @return the first line of {@code file}, without the line end */
    private static char[] readSecret(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = (end < 0 ? text : text.substring(0, end)).replace("\r", ""); //$NON-NLS-1$ //$NON-NLS-2$
            if (line.isEmpty()) {
                throw new ServerException(NLS.bind(Messages.ReadFailed, file, "empty")); //$NON-NLS-1$
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new ServerException(NLS.bind(Messages.ReadFailed, file, e.getMessage()), e);
        }
    }

    private static Sm2PublicKey publicKey(Path file) {
        try {
            return Sm2PublicKey.fromPem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | CryptoException e) {
            throw new ServerException(NLS.bind(Messages.ReadFailed, file, e.getMessage()), e);
        }
    }
}
