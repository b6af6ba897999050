package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.govsite.crypto.Sm3;

/**
 * The fixed SM2 k of the worked example (docs/protocol.md): SM3 of {@code GovSite example k: <name>}, returned by the
 * single 32-byte {@code nextBytes} call with which Bouncy Castle draws k.
 */
final class ExampleRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final byte[] k;
    private boolean used;

    ExampleRandom(String name) {
        this.k = Sm3.digest(("GovSite example k: " + name).getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
    }

    @Override
    public void nextBytes(byte[] bytes) {
        assertEquals(k.length, bytes.length, "requested length"); //$NON-NLS-1$
        assertEquals(false, used, "k drawn twice"); //$NON-NLS-1$
        used = true;
        System.arraycopy(k, 0, bytes, 0, k.length);
    }
}
