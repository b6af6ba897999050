package org.govsite.crypto;

import java.security.SecureRandom;

/** The bundle's source of keys, nonces, salts and signature secrets: one thread-safe {@link SecureRandom}. */
final class CryptoRandom {
    static final SecureRandom INSTANCE = new SecureRandom();

    private CryptoRandom() {
    }

    /** @return {@code length} fresh random bytes */
    static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        INSTANCE.nextBytes(bytes);
        return bytes;
    }
}
