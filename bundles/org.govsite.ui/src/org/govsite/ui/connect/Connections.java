package org.govsite.ui.connect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ListenerList;
import org.govsite.model.ids.Ids;

/**
 * The workbench's platform connections: the saved list ({@link ConnectionRegistry}), their keys
 * ({@link OperatorKeys}), their secrets ({@link Secrets}) and the live state of each. Listeners hear of every
 * change of the list or of a state (on the thread that made it).
 */
public final class Connections {

    static final String REGISTRY_FILE = "connections.json";
    static final String KEYS_FOLDER = "keys";

    private final ConnectionRegistry registry;
    private final OperatorKeys keys;
    private final Secrets secrets;
    private final Map<String, ConnectionState> states = new ConcurrentHashMap<>();
    private final ListenerList<Runnable> listeners = new ListenerList<>();

    public Connections(ConnectionRegistry registry, OperatorKeys keys, Secrets secrets) {
        this.registry = registry;
        this.keys = keys;
        this.secrets = secrets;
        registry.addListener(this::fire);
    }

    /** Opens the connections kept in {@code workspace} ({@code connections.json}, {@code keys/}). */
    public static Connections open(Path workspace, Secrets secrets) {
        return new Connections(ConnectionRegistry.open(workspace.resolve(REGISTRY_FILE)),
                new OperatorKeys(workspace.resolve(KEYS_FOLDER)), secrets);
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
                spec.serverFingerprint);
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

    /** Forgets the connection, its key file and its secrets. */
    public void delete(String id) {
        registry.remove(id);
        keys.delete(id);
        secrets.forgetAll(id);
        states.remove(id);
        fire();
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
