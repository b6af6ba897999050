package org.govsite.ui.connect;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SubMonitor;
import org.govsite.client.ClientException;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.model.ids.Ids;
import org.govsite.store.replica.Replica;
import org.govsite.ui.Messages;

/**
 * The workbench's platform connections: the saved list ({@link ConnectionRegistry}), their keys
 * ({@link OperatorKeys}), their secrets ({@link Secrets}) and the live state of each. Listeners hear of every
 * change of the list or of a state (on the thread that made it).
 */
public final class Connections {

    static final String REGISTRY_FILE = "connections.json";
    static final String KEYS_FOLDER = "keys";
    static final String REPLICAS_FOLDER = "replicas";

    private final ConnectionRegistry registry;
    private final OperatorKeys keys;
    private final Secrets secrets;
    private final Path replicas;
    private final Map<String, Replica> openReplicas = new ConcurrentHashMap<>();
    private final Map<String, ConnectionState> states = new ConcurrentHashMap<>();
    private final ListenerList<Runnable> listeners = new ListenerList<>();
    private final Map<String, Live> lives = new ConcurrentHashMap<>();
    private volatile String activeId;

    public Connections(ConnectionRegistry registry, OperatorKeys keys, Secrets secrets, Path replicas) {
        this.registry = registry;
        this.keys = keys;
        this.secrets = secrets;
        this.replicas = replicas;
        registry.addListener(this::fire);
    }

    /** Opens the connections kept in {@code workspace} ({@code connections.json}, {@code keys/}, {@code replicas/}). */
    public static Connections open(Path workspace, Secrets secrets) {
        return new Connections(ConnectionRegistry.open(workspace.resolve(REGISTRY_FILE)),
                new OperatorKeys(workspace.resolve(KEYS_FOLDER)), secrets, workspace.resolve(REPLICAS_FOLDER));
    }

    public List<Connection> all() {
        return registry.all();
    }

    public ConnectionState state(String id) {
        return states.getOrDefault(id, ConnectionState.OFFLINE);
    }

    public Secrets secrets() {
        return secrets;
    }

    public OperatorKeys keys() {
        return keys;
    }

    /**
     * Stores what the New Connection wizard collected: the key file under the passphrase, the passphrase in secure
     * storage when asked, then the connection (with the pinned fingerprint). Wipes the spec's passphrase.
     */
    public Connection add(NewConnectionSpec spec) {
        Connection connection = new Connection(Ids.newId(), spec.name, spec.level, spec.uri(), spec.operator,
                spec.serverFingerprint, spec.caCertificate);
        try {
            if (spec.rememberPassphrase) {
                secrets.put(connection.id(), Secrets.Kind.KEY_PASSPHRASE, spec.passphrase);
            }
            keys.store(connection.id(), spec.key, spec.passphrase.clone());
            registry.save(connection);
            return connection;
        } catch (RuntimeException e) {
            secrets.forgetAll(connection.id());
            keys.delete(connection.id());
            throw e;
        } finally {
            spec.wipe();
        }
    }

    /**
     * Keeps {@code connection} saved: adds it with a copy of the key file {@code keyFile} as its key, or, when one of its
     * id is saved with other settings (a new address), disconnects that one and saves it over it (its key kept).
     *
     * @return whether it was added
     */
    public boolean keep(Connection connection, Path keyFile) {
        Optional<Connection> saved = registry.find(connection.id());
        if (saved.isEmpty()) {
            keys.adopt(connection.id(), keyFile);
            registry.save(connection);
            return true;
        }
        if (!saved.get().equals(connection)) {
            disconnect(connection.id());
            registry.save(connection);
        }
        return false;
    }

    /** The connection's local H2 replica (opened on first use, {@code replicas/<id>}). */
    public Replica replica(String id) {
        return openReplicas.computeIfAbsent(id, key -> Replica.open(replicas.resolve(key)));
    }

    /** Disconnects everything and closes the replicas (workbench shutdown). */
    public void close() {
        registry.all().forEach(c -> disconnect(c.id()));
        openReplicas.values().forEach(Replica::close);
        openReplicas.clear();
    }

    /** Forgets the connection, its key file and its secrets (its replica folder stays, holding unsent edits). */
    public void delete(String id) {
        disconnect(id);
        registry.remove(id);
        keys.delete(id);
        secrets.forgetAll(id);
        states.remove(id);
        fire();
    }

    /** The connection the views (server status, operation log, operators) show: the one last chosen. */
    public Optional<Connection> active() {
        String id = activeId;
        return id == null ? Optional.empty() : registry.find(id);
    }

    public void setActive(String id) {
        if (!Objects.equals(activeId, id)) {
            activeId = id;
            fire();
        }
    }

    /**
     * Reaches the server and checks that it still holds the pinned key (a different key is refused with
     * GS-RESP-SERVER-KEY-MISMATCH). Offline when it cannot be reached.
     */
    public void connect(String id, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        Connection connection = registry.find(id).orElseThrow();
        Live live = lives.computeIfAbsent(id, key -> {
            PlatformClient client = PlatformClient.open(settings(connection), ConnectionTrust.options(connection.caCertificate()));
            client.onSessionEnded(() -> sessionEnded(id));
            return new Live(client);
        });
        call(id, () -> live.client.fetchServerIdentity());
        progress.worked(1);
        if (state(id) == ConnectionState.OFFLINE) {
            setState(id, ConnectionState.ONLINE);
        }
    }

    /**
     * Logs in with both factors: {@code password} and the key file opened with {@code passphrase} (both arrays
     * wiped). Connects first when needed.
     */
    public void login(String id, char[] password, char[] passphrase, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        try {
            connect(id, progress.split(1));
            Sm2PrivateKey key = keys.load(id, passphrase);
            progress.worked(1);
            Live live = lives.get(id);
            call(id, () -> {
                live.client.login(password, key);
                return null;
            });
            live.key = key;
            progress.worked(1);
            setState(id, ConnectionState.LOGGED_IN);
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Logs out (when the server can be reached) and closes the connection; the state becomes offline. */
    public void disconnect(String id) {
        Live live = lives.remove(id);
        if (live != null) {
            try (PlatformClient client = live.client) {
                if (client.isLoggedIn()) {
                    client.logout();
                }
            } catch (ClientException e) {
                // the session ends on the server by its lifetime; the local one is closed anyway
            }
        }
        setState(id, ConnectionState.OFFLINE);
    }

    /** The logged-in client of the connection. */
    public PlatformClient client(String id) {
        Live live = lives.get(id);
        if (live == null || !live.client.isLoggedIn()) {
            throw new ConnectionException(Messages.Connections_notLoggedIn);
        }
        return live.client;
    }

    /** The operator's key, unlocked at login, for high-risk operations (their own SM2 signature). */
    public Sm2PrivateKey operatorKey(String id) {
        client(id);
        return lives.get(id).key;
    }

    /**
     * Runs a call of the connection's client. A failure without any answer from the server (unreachable, or the
     * connection broke) switches the connection to offline.
     */
    public <T> T call(String id, Supplier<T> call) {
        try {
            return call.get();
        } catch (ClientException e) {
            if (e.isOffline() || e.code() == null) {
                setState(id, ConnectionState.OFFLINE);
            }
            throw e;
        }
    }

    private static ConnectionSettings settings(Connection connection) {
        return new ConnectionSettings(connection.name(), connection.url(), connection.operator(),
                connection.pinnedFingerprint());
    }

    private static final class Live {
        final PlatformClient client;
        volatile Sm2PrivateKey key;

        Live(PlatformClient client) {
            this.client = client;
        }
    }

    /** The server ended the session (its lifetime is over, or it ended elsewhere): logged out, the server still reached. */
    private void sessionEnded(String id) {
        if (state(id) == ConnectionState.LOGGED_IN) {
            setState(id, ConnectionState.ONLINE);
        }
    }

    /** Marks the connection offline (a sync found the server unreachable). */
    public void markOffline(String id) {
        setState(id, ConnectionState.OFFLINE);
    }

    void setState(String id, ConnectionState state) {
        if (states.put(id, state) != state) {
            fire();
        }
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
