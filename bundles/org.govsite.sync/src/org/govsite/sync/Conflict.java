package org.govsite.sync;

import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;

/**
 * An edit the server refused because the object changed there since the edit's base version: {@code mine} the
 * outbox entry (state CONFLICT), {@code theirs} the server's record as last fetched or pulled, null when the server
 * no longer has the object.
 */
public record Conflict(OutboxEntry mine, Record theirs) {
}
