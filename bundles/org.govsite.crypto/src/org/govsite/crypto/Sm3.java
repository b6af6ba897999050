package org.govsite.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 hash (GB/T 32905-2016, GM/T 0004-2012): 32-byte digest of a byte sequence.
 * <p>
 * Hex results are lower case without separators, as {@code openssl dgst -sm3} prints them. Thread-safe.
 */
public final class Sm3 {
    /** Length of an SM3 digest in bytes. */
    public static final int DIGEST_LENGTH = 32;

    private static final int BUFFER_SIZE = 64 * 1024;

    private Sm3() {
    }

    /** @return SM3(data), 32 bytes */
    public static byte[] digest(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        return finish(digest);
    }

    /**
     * Hashes everything {@code in} delivers up to its end; the stream is not closed.
     *
     * @return SM3 of the stream's bytes, 32 bytes
     */
    public static byte[] digest(InputStream in) throws IOException {
        SM3Digest digest = new SM3Digest();
        byte[] buffer = new byte[BUFFER_SIZE];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return finish(digest);
    }

    /** A digest as {@link #digestHex} writes it: 64 lower-case hexadecimal digits. */
    public static final Pattern HEX_DIGEST = Pattern.compile("[0-9a-f]{64}"); //$NON-NLS-1$

    /** @return SM3(data) as 64 lower-case hex digits */
    public static String digestHex(byte[] data) {
        return HexFormat.of().formatHex(digest(data));
    }

    /** @return SM3 of the stream's bytes as 64 lower-case hex digits; the stream is not closed */
    public static String digestHex(InputStream in) throws IOException {
        return HexFormat.of().formatHex(digest(in));
    }

    private static byte[] finish(SM3Digest digest) {
        byte[] out = new byte[DIGEST_LENGTH];
        digest.doFinal(out, 0);
        return out;
    }
}
