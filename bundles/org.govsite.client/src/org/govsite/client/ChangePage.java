package org.govsite.client;

import java.util.List;

/**
 * A page of {@code GET /api/v1/changes?after=&limit=}.
 *
 * @param cursor the seq of the last change returned, or the {@code after} asked for
 * @param more whether further changes are waiting
 */
public record ChangePage(List<Change> changes, long cursor, boolean more) {
    public ChangePage {
        changes = List.copyOf(changes);
    }
}
