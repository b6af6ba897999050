package org.govsite.store.replica;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A local edit waiting to be pushed. {@code baseVersion} is the server version it was made on (0: a new object),
 * {@code op} {@link #UPSERT} (data: the object's new JSON) or {@link #DELETE} (data: its last known JSON, or null),
 * {@code state} {@link #QUEUED}, {@link #CONFLICT} or
 * {@link #REJECTED} (both wait for the operator's decision). The idempotency key is made when the edit is queued and sent with every attempt to push it.
 */
public record OutboxEntry(long seq, String idempotencyKey, String entity, String id, long baseVersion, String op,
        JsonNode data, String state) {

    public static final String UPSERT = "upsert";
    public static final String DELETE = "delete";
    public static final String QUEUED = "QUEUED";
    public static final String CONFLICT = "CONFLICT";
    public static final String REJECTED = "REJECTED";

    public boolean isDelete() {
        return DELETE.equals(op);
    }

    public boolean isConflict() {
        return CONFLICT.equals(state);
    }

    public boolean isRejected() {
        return REJECTED.equals(state);
    }

    /** Whether the entry is to be pushed (not waiting for the operator's decision). */
    public boolean isQueued() {
        return QUEUED.equals(state);
    }
}
