package org.govsite.store.replica;

import com.fasterxml.jackson.databind.JsonNode;

/** An entity object as the server last answered it: its JSON (as GET answers it) and version. */
public record Record(String entity, String id, long version, JsonNode data) {
}
