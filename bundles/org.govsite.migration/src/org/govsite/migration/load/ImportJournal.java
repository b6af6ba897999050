package org.govsite.migration.load;

import java.util.Optional;

/**
 * Where the import records, per migration key, what became of each article, so that a later run (after a crash, a
 * cancel or failures) skips what is imported and retries the rest. {@link JournalFile} is the durable one.
 * Implementations are thread-safe: the importer records the outcomes of the articles in flight as they are answered.
 */
public interface ImportJournal extends AutoCloseable {

    /** @return the last entry recorded for {@code key}, if any */
    Optional<JournalEntry> entry(String key);

    /** Records an entry (durable after the next {@link #sync()}). */
    void record(JournalEntry entry);

    /** Makes every entry recorded so far durable. */
    void sync();

    /** Syncs and releases the journal. */
    @Override
    void close();
}
