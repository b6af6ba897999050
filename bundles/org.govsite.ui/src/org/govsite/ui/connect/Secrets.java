package org.govsite.ui.connect;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.govsite.ui.Messages;

/**
 * The secrets of the connections, only in Equinox secure storage (encrypted entries, {@code put(key, value, true)}):
 * per connection the passphrase of the operator's key file and the operator's password, under the node
 * {@code /org.govsite/connections/<connection id>}. The workbench uses the default secure storage; tests open
 * one in a temporary folder ({@code SecurePreferencesFactory.open(url, options)}).
 */
public final class Secrets {

    /** What is kept per connection. */
    public enum Kind {
        KEY_PASSPHRASE("keyPassphrase"), PASSWORD("password");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private static final String NODE = "org.govsite/connections";

    private final ISecurePreferences root;

    public Secrets(ISecurePreferences root) {
        this.root = root;
    }

    /** Stores {@code secret} encrypted; the caller's array is left as it was. */
    public void put(String connectionId, Kind kind, char[] secret) {
        try {
            node(connectionId).put(kind.key, new String(secret), true);
            root.flush();
        } catch (StorageException | IOException e) {
            throw failure(e);
        }
    }

    /** The stored secret as a new array (the caller wipes it after use), or empty. */
    public Optional<char[]> get(String connectionId, Kind kind) {
        if (!root.nodeExists(path(connectionId))) {
            return Optional.empty();
        }
        try {
            String value = node(connectionId).get(kind.key, null);
            return Optional.ofNullable(value).map(String::toCharArray);
        } catch (StorageException e) {
            throw failure(e);
        }
    }

    public boolean isEncrypted(String connectionId, Kind kind) {
        try {
            return root.nodeExists(path(connectionId)) && node(connectionId).isEncrypted(kind.key);
        } catch (StorageException e) {
            throw failure(e);
        }
    }

    public void forget(String connectionId, Kind kind) {
        if (root.nodeExists(path(connectionId))) {
            node(connectionId).remove(kind.key);
            flush();
        }
    }

    /** Removes every secret of the connection. */
    public void forgetAll(String connectionId) {
        if (root.nodeExists(path(connectionId))) {
            node(connectionId).removeNode();
            flush();
        }
    }

    private void flush() {
        try {
            root.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private ISecurePreferences node(String connectionId) {
        return root.node(path(connectionId));
    }

    private static String path(String connectionId) {
        return NODE + "/" + connectionId;
    }

    private static ConnectionException failure(Exception e) {
        return new ConnectionException(NLS.bind(Messages.Secrets_failed, e.getMessage()), e);
    }
}
