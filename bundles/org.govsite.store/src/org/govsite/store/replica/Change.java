package org.govsite.store.replica;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of the server's change feed: {@code op} "upsert" (with the entity's JSON) or "delete" (data null). */
public record Change(long seq, String entity, String id, long version, String op, JsonNode data) {

    public boolean isDelete() {
        return OutboxEntry.DELETE.equals(op);
    }
}
