package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.govsite.crypto.Pbkdf2Sm3;
import org.govsite.protocol.PasswordVerifier;
import org.junit.jupiter.api.Test;

/** The stored password verifier: PBKDF2-HMAC-SM3 with salt and iteration count. */
class PasswordVerifierTest {
    private static final int ITERATIONS = PasswordVerifier.MIN_ITERATIONS;

    @Test
    void rightPasswordVerifiesWrongOneDoesNot() {
        String stored = PasswordVerifier.hash("政务云2026!".toCharArray(), ITERATIONS);

        assertTrue(PasswordVerifier.verify("政务云2026!".toCharArray(), stored));
        assertFalse(PasswordVerifier.verify("政务云2026?".toCharArray(), stored));
        assertFalse(PasswordVerifier.verify("".toCharArray(), stored));
    }

    @Test
    void storedFormIsPbkdf2Sm3WithItsSaltAndIterations() {
        char[] password = "correct horse".toCharArray();
        String stored = PasswordVerifier.hash(password, ITERATIONS);

        String[] parts = stored.split("\\$");

        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sm3", parts[0]);
        assertEquals(Integer.toString(ITERATIONS), parts[1]);
        assertArrayEquals(Pbkdf2Sm3.derive(password, HexFormat.of().parseHex(parts[2]), ITERATIONS, 32),
                HexFormat.of().parseHex(parts[3]));
        assertEquals("correct horse", new String(password), "the caller's array is left alone");
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertNotEquals(PasswordVerifier.hash("same".toCharArray(), ITERATIONS),
                PasswordVerifier.hash("same".toCharArray(), ITERATIONS));
    }

    @Test
    void defaultIterationsAndRehash() {
        String weak = PasswordVerifier.hash("pw".toCharArray(), ITERATIONS);

        assertTrue(PasswordVerifier.needsRehash(weak));
        assertEquals(600_000, PasswordVerifier.DEFAULT_ITERATIONS);
        assertFalse(PasswordVerifier.needsRehash(weak.replace("$" + ITERATIONS + "$", "$600000$")));
    }

    @Test
    void malformedOrOutOfBoundsVerifiersAreRefused() {
        String stored = PasswordVerifier.hash("pw".toCharArray(), ITERATIONS);
        char[] pw = "pw".toCharArray();

        assertThrows(IllegalArgumentException.class, () -> PasswordVerifier.verify(pw, "plain:pw"));
        assertThrows(IllegalArgumentException.class, () -> PasswordVerifier.verify(pw, stored.replace("pbkdf2-sm3", "pbkdf2-sha1")));
        assertThrows(IllegalArgumentException.class, () -> PasswordVerifier.verify(pw, stored.replace("$100000$", "$1000$")));
        assertThrows(IllegalArgumentException.class, () -> PasswordVerifier.verify(pw, stored.replace("$100000$", "$99999999$")));
        assertThrows(IllegalArgumentException.class, () -> PasswordVerifier.verify(pw, stored.substring(0, stored.length() - 2)));
        assertThrows(IllegalArgumentException.class, () -> PasswordVerifier.hash(pw, 1000));
        assertThrows(IllegalArgumentException.class, () -> PasswordVerifier.hash(new char[0], ITERATIONS));
    }
}
