package org.govsite.ui.session;

import org.govsite.model.Platform;

/** Told when the session's platform is replaced (loaded, imported) or its saved state changes. */
public interface SessionListener {

    void platformChanged(Platform platform);

    default void dirtyChanged(boolean dirty) {
    }
}
