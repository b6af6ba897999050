package org.govsite.demo.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.crypto.KeyFile;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.demo.DemoProvince;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PasswordVerifier;
import org.govsite.server.PlatformServer;
import org.govsite.server.ServerConfig;

/**
 * The demo's own platform server, embedded in the workbench started with {@code --demo} so that connections, sync,
 * operators, the operation log, server status and publishing can be tried without installing a server: a real
 * {@link PlatformServer} on 127.0.0.1 (a free port each start) over an H2 file in {@code folder}, with one operator per
 * role ({@link DemoOperator}), the SMALL demo province and its articles, every site published.
 * <p>
 * The first start creates and fills it ({@link DemoSeeder}, about half a minute); later starts serve what it holds,
 * with every change made since. A start whose filling did not finish (cancelled, failed, killed) begins again from an
 * empty folder. Folder: {@code server/} (the server's data folder), {@code keys/<operator>.key} (each operator's SM2
 * key file under {@link #PASSPHRASE}), {@code server-passphrase} (the server key's, random, owner-only),
 * {@code ready} (written when filled, with the time).
 * <p>
 * Demo credentials are fixed and documented (every operator's password {@link #PASSWORD}); password verifiers and key
 * files use the fewest PBKDF2 iterations allowed, so that logging in is quick. Not for real data.
 */
public final class DemoPlatform implements AutoCloseable {

    /** The login password of every demo operator. */
    public static final String PASSWORD = "govsite-demo-2026"; //$NON-NLS-1$
    /** The passphrase of every demo operator's key file. */
    public static final String PASSPHRASE = "govsite-demo-key"; //$NON-NLS-1$
    /** The seed of the demo province uploaded ({@link DemoProvince#generate}). */
    static final long PROVINCE_SEED = 1;
    private static final String READY = "ready"; //$NON-NLS-1$
    private static final String SERVER = "server"; //$NON-NLS-1$
    private static final String KEYS = "keys"; //$NON-NLS-1$
    private static final String SEED_REPLICA = "seed-replica"; //$NON-NLS-1$
    private static final String SERVER_PASSPHRASE = "server-passphrase"; //$NON-NLS-1$

    private final Path folder;
    private final PlatformServer server;
    private final String fingerprint;

    private DemoPlatform(Path folder, PlatformServer server) {
        this.folder = folder;
        this.server = server;
        this.fingerprint = KeyFingerprint.of(server.serverKey());
    }

    /**
     * Starts the demo platform kept in {@code folder}, creating and filling it first when it is not ready.
     *
     * @param clock the time the articles of a new platform are dated back from
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled while filling (nothing is left
     *         running; the next start begins again)
     */
    public static DemoPlatform start(Path folder, Clock clock, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Starting, 10);
        boolean ready = Files.exists(folder.resolve(READY));
        Map<DemoOperator, Sm2KeyPair> keys = ready ? Map.of() : create(folder);
        DemoPlatform platform = new DemoPlatform(folder, PlatformServer.start(config(folder)));
        progress.worked(1);
        if (!ready) {
            try {
                new DemoSeeder(platform, keys, clock).seed(folder.resolve(SEED_REPLICA), progress.split(9));
                delete(folder.resolve(SEED_REPLICA));
                Files.writeString(folder.resolve(READY), clock.instant().toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                platform.close();
                throw new UncheckedIOException(NLS.bind(Messages.WriteFailed, folder, e.getMessage()), e);
            } catch (RuntimeException e) {
                platform.close();
                throw e;
            }
        }
        return platform;
    }

    /** @return the base URL of the API (and of the published sites, by host name) */
    public URI uri() {
        return server.uri();
    }

    /**
     * @return the host names (lower case) of the sites the demo platform was filled with and published, each
     *         served by host name at {@link #uri()}'s address: the main domains of the SMALL demo province's sites,
     *         which the STANDARD province's sites of the same names share
     */
    public static Set<String> hosts() {
        Set<String> hosts = new TreeSet<>();
        for (Site site : province().getSites()) {
            hosts.add(site.getMainDomain().toLowerCase(Locale.ROOT));
        }
        return hosts;
    }

    /** @return the demo province the platform is filled with */
    static Platform province() {
        return DemoProvince.generate(DemoProvince.Size.SMALL, PROVINCE_SEED);
    }

    /** @return the SM3 fingerprint of the server's key, as clients pin it */
    public String fingerprint() {
        return fingerprint;
    }

    /** @return the operator's key file, under {@link #PASSPHRASE} */
    public Path keyFile(DemoOperator operator) {
        return keyFile(folder, operator);
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Empties {@code folder} and writes the server passphrase, the operators' key files and the first administrator. */
    private static Map<DemoOperator, Sm2KeyPair> create(Path folder) {
        delete(folder);
        Map<DemoOperator, Sm2KeyPair> keys = new EnumMap<>(DemoOperator.class);
        try {
            Files.createDirectories(folder.resolve(KEYS));
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            Path passphrase = folder.resolve(SERVER_PASSPHRASE);
            Files.writeString(passphrase, HexFormat.of().formatHex(secret), StandardCharsets.US_ASCII);
            ownerOnly(passphrase);
        } catch (IOException e) {
            throw new UncheckedIOException(NLS.bind(Messages.WriteFailed, folder, e.getMessage()), e);
        }
        for (DemoOperator operator : DemoOperator.values()) {
            Sm2KeyPair pair = Sm2KeyPair.generate();
            KeyFile.write(keyFile(folder, operator), pair.privateKey(), PASSPHRASE.toCharArray(), KeyFile.MIN_ITERATIONS);
            keys.put(operator, pair);
        }
        PlatformServer.createFirstAdministrator(config(folder), DemoOperator.ADMINISTRATOR.operatorName(),
                keys.get(DemoOperator.ADMINISTRATOR).publicKey(), PASSWORD.toCharArray());
        return keys;
    }

    private static ServerConfig config(Path folder) {
        char[] passphrase;
        try {
            passphrase = Files.readString(folder.resolve(SERVER_PASSPHRASE), StandardCharsets.US_ASCII).trim().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(NLS.bind(Messages.ReadFailed, folder, e.getMessage()), e);
        }
        return ServerConfig.defaults(folder.resolve(SERVER), passphrase).withPort(0)
                .withPasswordIterations(PasswordVerifier.MIN_ITERATIONS).withPublicScheme("http"); //$NON-NLS-1$
    }

    private static Path keyFile(Path folder, DemoOperator operator) {
        return folder.resolve(KEYS).resolve(operator.operatorName() + ".key"); //$NON-NLS-1$
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own protection applies
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(NLS.bind(Messages.WriteFailed, folder, e.getMessage()), e);
        }
    }
}
