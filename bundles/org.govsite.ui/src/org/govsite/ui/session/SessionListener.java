package org.govsite.ui.session;

import org.govsite.model.Platform;
import org.govsite.store.replica.Replica;

/** Told when the session's platform is replaced (loaded, imported, opened from a replica), its saved state changes or a
 * save reports what it did. */
public interface SessionListener {

    void platformChanged(Platform platform);

    default void dirtyChanged(boolean dirty) {
    }

    /** A message for the operator about what the session just did (e.g. edits queued by a save). */
    default void reported(String message) {
    }

    /** A synchronisation pulled into or pushed from {@code replica} (e.g. the resource library lists it again). */
    default void replicaSynchronized(Replica replica) {
    }
}
