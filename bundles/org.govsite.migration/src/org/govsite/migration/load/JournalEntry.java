package org.govsite.migration.load;

import java.net.URI;

import org.govsite.migration.ImportResult;

/**
 * One line of the import journal: the state of one old URL's article. The last entry of a key is its state.
 *
 * @param key the migration key (the article's id and the idempotency key)
 * @param url the old URL
 * @param state pending (a batch holding it started: it may have been sent), imported or failed
 * @param articleId the library's article id (imported), else empty
 * @param version the article's version (imported), else 0
 * @param address the address the platform publishes the article at (imported), else {@code null}; journals
 *        written before it was known hold the mapping's address there, replaced by the next run
 * @param reason why it failed (failed), else empty
 */
public record JournalEntry(String key, URI url, State state, String articleId, long version, URI address,
        String reason) {

    /** The states of a key in the journal. */
    public enum State {
        /** Its batch started: the article may have been sent, its answer not recorded. */
        PENDING,
        /** Created in the library (the answer is recorded). */
        IMPORTED,
        /** Refused, with the reason. */
        FAILED
    }

    /** @return the entry of a key whose batch starts */
    public static JournalEntry pending(String key, URI url) {
        return new JournalEntry(key, url, State.PENDING, "", 0, null, ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the entry of an article the library created (or answered again for the same idempotency key) */
    public static JournalEntry imported(String key, URI url, String articleId, long version, URI address) {
        return new JournalEntry(key, url, State.IMPORTED, articleId, version, address, ""); //$NON-NLS-1$
    }

    /** @return the entry of an article not imported, with the reason */
    public static JournalEntry failed(String key, URI url, String reason) {
        return new JournalEntry(key, url, State.FAILED, "", 0, null, reason); //$NON-NLS-1$
    }

    /** @return this entry with the new address {@code newAddress} */
    public JournalEntry withAddress(URI newAddress) {
        return new JournalEntry(key, url, state, articleId, version, newAddress, reason);
    }

    /** @return this entry as a result of the run: imported by it, or earlier ({@code earlier}), or failed */
    public ImportResult result(boolean earlier) {
        ImportResult.Status status = switch (state) {
        case IMPORTED -> earlier ? ImportResult.Status.ALREADY_IMPORTED : ImportResult.Status.IMPORTED;
        case FAILED -> ImportResult.Status.FAILED;
        case PENDING -> throw new IllegalStateException(key);
        };
        return new ImportResult(url, key, status, articleId, version, address, reason);
    }
}
