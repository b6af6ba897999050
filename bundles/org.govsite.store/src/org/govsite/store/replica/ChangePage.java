package org.govsite.store.replica;

import java.util.List;

/** A page of the change feed: its changes in seq order, the cursor to ask after next, and whether more follow. */
public record ChangePage(List<Change> changes, long cursor, boolean more) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
