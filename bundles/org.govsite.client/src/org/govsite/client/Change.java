package org.govsite.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of the change feed.
 *
 * @param entity {@code organisation}, {@code site}, {@code column}, {@code topic} or {@code article}
 * @param op {@code upsert} or {@code delete}
 * @param data the entity as {@code GET} answers it, null for a delete
 */
public record Change(long seq, String entity, String id, long version, String op, JsonNode data) {
    public Change {
        if (data != null && (data.isNull() || data.isMissingNode())) {
            data = null;
        }
    }
}
