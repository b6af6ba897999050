package org.govsite.migration.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.govsite.migration.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The durable import journal: an append-only JSON Lines file (UTF-8), one {@link JournalEntry} per line, the last
 * line of a key its state. {@link #sync()} forces the file to disk ({@code FileChannel.force}). A crash while a line
 * was being written leaves a last line without its newline: opening the journal drops it (its key's earlier state
 * stands). Any other line that is not an entry is damage: opening refuses the file, naming the line.
 * One importer at a time; the methods are synchronized.
 */
public final class JournalFile implements ImportJournal {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path path;
    private final FileChannel channel;
    private final Map<String, JournalEntry> entries;

    private JournalFile(Path path, FileChannel channel, Map<String, JournalEntry> entries) {
        this.path = path;
        this.channel = channel;
        this.entries = entries;
    }

    /**
     * Opens (or creates) the journal at {@code path} and reads what it holds.
     *
     * @throws JournalException when a line is damaged or the file cannot be read or written
     */
    public static JournalFile open(Path path) {
        try {
            byte[] bytes = Files.exists(path) ? Files.readAllBytes(path) : new byte[0];
            int whole = lastNewline(bytes) + 1;
            Map<String, JournalEntry> entries = read(path, new String(bytes, 0, whole, StandardCharsets.UTF_8));
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.truncate(whole);
            channel.position(whole);
            return new JournalFile(path, channel, entries);
        } catch (IOException e) {
            throw unwritable(path, e);
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, JournalEntry> read(Path path, String text) {
        Map<String, JournalEntry> entries = new HashMap<>();
        String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1); //$NON-NLS-1$
        for (int i = 0; i < lines.length - 1; i++) {
            try {
                JournalEntry entry = JSON.readValue(lines[i], JournalEntry.class);
                if (entry.key() == null || entry.state() == null) {
                    throw new JournalException(NLS.bind(Messages.JournalDamaged, new Object[] { path, i + 1, lines[i] }),
                            null);
                }
                entries.put(entry.key(), entry);
            } catch (JsonProcessingException e) {
                throw new JournalException(NLS.bind(Messages.JournalDamaged,
                        new Object[] { path, i + 1, e.getOriginalMessage() }), e);
            }
        }
        return entries;
    }

    @Override
    public synchronized Optional<JournalEntry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void record(JournalEntry entry) {
        try {
            ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(entry) + '\n').getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                channel.write(line);
            }
            entries.put(entry.key(), entry);
        } catch (IOException e) {
            throw unwritable(path, e);
        }
    }

    @Override
    public synchronized void sync() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw unwritable(path, e);
        }
    }

    @Override
    public synchronized void close() {
        try (FileChannel closing = channel) {
            closing.force(false);
        } catch (IOException e) {
            throw unwritable(path, e);
        }
    }

    private static JournalException unwritable(Path path, IOException e) {
        return new JournalException(NLS.bind(Messages.JournalUnwritable, path, e.getMessage()), e);
    }
}
