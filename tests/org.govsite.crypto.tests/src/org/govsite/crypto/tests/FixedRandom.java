package org.govsite.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A "random" source returning given byte strings in turn, to reproduce published examples that fix the secret k.
 * Bouncy Castle draws k for SM2 as one 32-byte nextBytes call.
 */
final class FixedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final transient Deque<byte[]> values;

    FixedRandom(byte[]... values) {
        this.values = new ArrayDeque<>(List.of(values));
    }

    @Override
    public void nextBytes(byte[] bytes) {
        byte[] next = values.removeFirst();
        assertEquals(next.length, bytes.length, "requested length");
        System.arraycopy(next, 0, bytes, 0, bytes.length);
    }
}
