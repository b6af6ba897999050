package org.govsite.migration.load;

import java.util.List;
import java.util.Optional;

import org.govsite.migration.ImportResult;
import org.govsite.migration.MigrationPlan;

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

    /**
     * @return what earlier runs recorded for the articles {@code plan}'s import takes, in URL order, without sending
     *         anything: imported ones as {@code ALREADY_IMPORTED} (with the address the journal holds), failed ones
     *         with their reason; keys never recorded or only pending are left out (not imported)
     */
    default List<ImportResult> results(MigrationPlan plan) {
        return plan.outcomes().stream().filter(Importer::imports).map(outcome -> entry(outcome.key()))
                .flatMap(Optional::stream).filter(entry -> entry.state() != JournalEntry.State.PENDING)
                .map(entry -> entry.result(true)).toList();
    }
}
