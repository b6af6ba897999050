package org.govsite.crypto;

import java.security.MessageDigest;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * HMAC-SM3: plain HMAC (RFC 2104) over SM3 with a 64-byte block, giving a 32-byte tag. Interoperates with
 * {@code openssl mac -digest SM3 -macopt hexkey:<key> -in <file> HMAC}. Thread-safe.
 */
public final class HmacSm3 {
    /** Length of an HMAC-SM3 tag in bytes. */
    public static final int TAG_LENGTH = 32;

    private HmacSm3() {
    }

    /**
     * @param key the secret key, any length (keys longer than 64 bytes are hashed first, as HMAC specifies)
     * @return the 32-byte tag HMAC-SM3(key, data)
     */
    public static byte[] mac(byte[] key, byte[] data) {
        HMac hmac = new HMac(new SM3Digest());
        hmac.init(new KeyParameter(key));
        hmac.update(data, 0, data.length);
        byte[] tag = new byte[TAG_LENGTH];
        hmac.doFinal(tag, 0);
        return tag;
    }

    /**
     * Checks a tag in time independent of where it differs (no timing oracle for forging tags).
     *
     * @return true if {@code tag} equals HMAC-SM3(key, data); false for any other tag, including one of the wrong length
     */
    public static boolean verify(byte[] key, byte[] data, byte[] tag) {
        return MessageDigest.isEqual(mac(key, data), tag);
    }
}
