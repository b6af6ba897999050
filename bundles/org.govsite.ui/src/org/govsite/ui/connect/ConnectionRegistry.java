package org.govsite.ui.connect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.osgi.util.NLS;
import org.govsite.ui.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The saved connections, in order, as a JSON file in the workspace ({@code connections.json}). Every change is
 * written at once, atomically (temporary file renamed over the old one), so a crash keeps either the old or the new
 * list. A damaged file is never overwritten: opening it fails with a message naming it.
 */
public final class ConnectionRegistry {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private record Saved(List<Connection> connections) {
    }

    private final Path file;
    private final List<Connection> connections;
    private final ListenerList<Runnable> listeners = new ListenerList<>();

    private ConnectionRegistry(Path file, List<Connection> connections) {
        this.file = file;
        this.connections = new ArrayList<>(connections);
    }

    public static ConnectionRegistry open(Path file) {
        if (!Files.exists(file)) {
            return new ConnectionRegistry(file, List.of());
        }
        try {
            Saved saved = JSON.readValue(file.toFile(), Saved.class);
            return new ConnectionRegistry(file, saved.connections() == null ? List.of() : saved.connections());
        } catch (IOException | RuntimeException e) {
            throw new ConnectionException(NLS.bind(Messages.Connections_readFailed, file, e.getMessage()), e);
        }
    }

    public synchronized List<Connection> all() {
        return List.copyOf(connections);
    }

    public synchronized Optional<Connection> find(String id) {
        return connections.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Adds {@code connection}, or replaces the one with its id in place; then saves. */
    public void save(Connection connection) {
        synchronized (this) {
            List<Connection> next = new ArrayList<>(connections);
            int index = indexOf(connection.id());
            if (index < 0) {
                next.add(connection);
            } else {
                next.set(index, connection);
            }
            write(next);
        }
        listeners.forEach(Runnable::run);
    }

    public void remove(String id) {
        synchronized (this) {
            List<Connection> next = new ArrayList<>(connections);
            next.removeIf(c -> c.id().equals(id));
            write(next);
        }
        listeners.forEach(Runnable::run);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private int indexOf(String id) {
        for (int i = 0; i < connections.size(); i++) {
            if (connections.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Writes {@code next}; only once it is on disk does it become the list in memory. */
    private void write(List<Connection> next) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "connections", ".tmp");
            try {
                Files.write(temporary, JSON.writeValueAsBytes(new Saved(next)));
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new ConnectionException(NLS.bind(Messages.Connections_writeFailed, file, e.getMessage()), e);
        }
        connections.clear();
        connections.addAll(next);
    }
}
