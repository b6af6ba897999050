package org.govsite.server.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints telling whether published content changed: the SHA-256 digest of texts, each as its length and its
 * UTF-16 code units (no encoding to UTF-8, which for Chinese text cost more than the digest). Not a security function:
 * SHA-256 for its speed (the processor computes it, where SM3 runs in Java). An article's body has its fingerprint kept
 * with it ({@code article.body_digest}, schema 14), so that publishing needs the bodies of changed pages only.
 */
final class Fingerprints {
    private static final int CHUNK = 4096;

    private Fingerprints() {
    }

    /** @return the fingerprint of {@code parts} in this order, 64 lower-case hex digits */
    static String of(String... parts) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[2 * CHUNK];
        for (String part : parts) {
            int length = part.length();
            digest.update(new byte[] { (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length });
            for (int from = 0; from < length; from += CHUNK) {
                int chars = Math.min(CHUNK, length - from);
                for (int i = 0; i < chars; i++) {
                    char c = part.charAt(from + i);
                    buffer[2 * i] = (byte) (c >>> 8);
                    buffer[2 * i + 1] = (byte) c;
                }
                digest.update(buffer, 0, 2 * chars);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e); //$NON-NLS-1$
        }
    }
}
