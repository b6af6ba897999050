package org.govsite.sync;

import java.util.List;
import java.util.Optional;

import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.KeptFile;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;

/**
 * The server as the sync engine needs it. Every method throws {@link OfflineException} when the server cannot be
 * reached; other failures are unchecked exceptions that say what the server answered.
 */
public interface SyncRemote {

    /** The change feed after {@code after}: at most {@code limit} changes in seq order. */
    ChangePage changes(long after, int limit);

    /**
     * Stores {@code files} on the server (each under its digest; storing one again changes nothing), then sends one
     * outbox entry: POST when its base version is 0, else PUT or DELETE with
     * {@code If-Match: "<base version>"}; always with {@code X-GovSite-Idempotency-Key: <entry's key>}, so a repeat
     * after a crash gets the first answer instead of applying the edit twice.
     */
    PushOutcome push(OutboxEntry entry, List<KeptFile> files);

    /** The server's current record of the entry's object, empty when the server does not have it. */
    Optional<Record> fetch(OutboxEntry entry);
}
