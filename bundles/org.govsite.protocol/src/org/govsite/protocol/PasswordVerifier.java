package org.govsite.protocol;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.crypto.Pbkdf2Sm3;

/**
 * The password verifier the server stores instead of the password: PBKDF2-HMAC-SM3 of the password's UTF-8 bytes
 * (no Unicode normalisation), a 16-byte random salt, 32 bytes derived, in the text form
 * {@code pbkdf2-sm3$<iterations>$<salt hex>$<hash hex>} (lower-case hex). The caller's password array is left as it
 * is: wipe it after use.
 */
public final class PasswordVerifier {
    /** Iterations written by {@link #hash(char[])}: as for key files (docs/crypto.md). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewest iterations a stored verifier may have. */
    public static final int MIN_ITERATIONS = 100_000;
    /** Most iterations accepted, so a damaged record cannot stall the server. */
    public static final int MAX_ITERATIONS = 10_000_000;

    private static final String PREFIX = "pbkdf2-sm3"; //$NON-NLS-1$
    private static final int SALT_LENGTH = 16;
    private static final int HASH_LENGTH = 32;
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "\\$([1-9][0-9]{0,7})\\$([0-9a-f]{32})\\$([0-9a-f]{64})"); //$NON-NLS-1$
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordVerifier() {
    }

    /** @return the stored form for {@code password} with {@link #DEFAULT_ITERATIONS} and a fresh salt */
    public static String hash(char[] password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    /** @param iterations {@link #MIN_ITERATIONS} to {@link #MAX_ITERATIONS} */
    public static String hash(char[] password, int iterations) {
        checkIterations(iterations);
        if (password.length == 0) {
            throw new IllegalArgumentException("empty password"); //$NON-NLS-1$
        }
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        byte[] hash = Pbkdf2Sm3.derive(password, salt, iterations, HASH_LENGTH);
        try {
            return String.join("$", PREFIX, Integer.toString(iterations), HexFormat.of().formatHex(salt), //$NON-NLS-1$
                    HexFormat.of().formatHex(hash));
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    /**
     * @param stored a value {@link #hash} returned
     * @return whether {@code password} is the password (compared in constant time)
     * @throws IllegalArgumentException if {@code stored} is not a verifier of this form
     */
    public static boolean verify(char[] password, String stored) {
        Matcher matcher = parse(stored);
        byte[] expected = HexFormat.of().parseHex(matcher.group(3));
        byte[] actual = Pbkdf2Sm3.derive(password, HexFormat.of().parseHex(matcher.group(2)),
                Integer.parseInt(matcher.group(1)), HASH_LENGTH);
        try {
            return MessageDigest.isEqual(expected, actual);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    /** @return whether {@code stored} uses fewer iterations than {@link #DEFAULT_ITERATIONS} (re-hash at next login) */
    public static boolean needsRehash(String stored) {
        return Integer.parseInt(parse(stored).group(1)) < DEFAULT_ITERATIONS;
    }

    private static Matcher parse(String stored) {
        Matcher matcher = FORMAT.matcher(stored);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a pbkdf2-sm3 password verifier"); //$NON-NLS-1$
        }
        checkIterations(Integer.parseInt(matcher.group(1)));
        return matcher;
    }

    private static void checkIterations(int iterations) {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be " + MIN_ITERATIONS + " to " + MAX_ITERATIONS); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
