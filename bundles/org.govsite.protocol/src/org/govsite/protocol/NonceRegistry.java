package org.govsite.protocol;

import java.time.Instant;

/**
 * The server's memory of nonces (a database table in a clustered server). {@link RequestVerifier} calls it once per
 * request, after every signature check passed.
 */
@FunctionalInterface
public interface NonceRegistry {
    /**
     * Records {@code nonce} atomically (e.g. an INSERT on a unique key) unless it is already recorded.
     *
     * @param rememberUntil the nonce may be forgotten after this instant ({@link ReplayPolicy#rememberUntil(long)})
     * @return true if the nonce was not seen before (and is now recorded), false if it was (a replay)
     */
    boolean register(String nonce, Instant rememberUntil);
}
