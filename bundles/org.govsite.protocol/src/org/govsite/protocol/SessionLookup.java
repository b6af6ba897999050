package org.govsite.protocol;

import java.util.Optional;

/** The server's session store as {@link RequestVerifier} sees it. */
@FunctionalInterface
public interface SessionLookup {
    /** @return the live (not expired, not logged out) session with this id, if any */
    Optional<SessionCredentials> find(String sessionId);
}
