package org.govsite.protocol.tests;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Instant;

import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.NonceRegistry;
import org.govsite.protocol.SessionCredentials;
import org.govsite.protocol.SessionLookup;

/** In-memory session store and nonce registry standing in for the server's database in tests. */
final class TestSessions implements SessionLookup, NonceRegistry {
    private final Map<String, SessionCredentials> sessions = new HashMap<>();
    private final Set<String> nonces = new HashSet<>();
    private final Map<String, Instant> rememberUntil = new HashMap<>();

    TestSessions add(String sessionId, String operator, byte[] key, Sm2PublicKey operatorKey) {
        sessions.put(sessionId, new SessionCredentials(operator, key, operatorKey));
        return this;
    }

    @Override
    public Optional<SessionCredentials> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public synchronized boolean register(String nonce, Instant until) {
        rememberUntil.put(nonce, until);
        return nonces.add(nonce);
    }

    boolean seen(String nonce) {
        return nonces.contains(nonce);
    }

    Instant rememberedUntil(String nonce) {
        return rememberUntil.get(nonce);
    }
}
