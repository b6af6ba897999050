package org.govsite.protocol;

import java.security.SecureRandom;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2Cipher;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2PublicKey;

/**
 * The session key on the wire: 32 random bytes, SM2-encrypted (C1C3C2) to the operator's public key and sent as
 * base64 of the GM/T 0009 ASN.1 form {@code SEQUENCE {x, y, C3, C2}}, which {@code openssl pkeyutl -decrypt} reads.
 */
public final class SessionKeyWrap {
    /** Length of a session key in bytes. */
    public static final int KEY_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionKeyWrap() {
    }

    /** @return a fresh random session key */
    public static byte[] newSessionKey() {
        byte[] key = new byte[KEY_LENGTH];
        RANDOM.nextBytes(key);
        return key;
    }

    /** @return the base64 wrapped form of {@code sessionKey} for the owner of {@code operatorKey} */
    public static String wrap(byte[] sessionKey, Sm2PublicKey operatorKey) {
        return wrap(sessionKey, operatorKey, RANDOM);
    }

    /** @param random source of SM2's ephemeral k (fixed only to reproduce the documented example) */
    public static String wrap(byte[] sessionKey, Sm2PublicKey operatorKey, SecureRandom random) {
        if (sessionKey.length != KEY_LENGTH) {
            throw new IllegalArgumentException("a session key has " + KEY_LENGTH + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Base64Values.encode(Sm2Cipher.toAsn1(Sm2Cipher.encrypt(operatorKey, sessionKey, random)));
    }

    /**
     * @return the session key
     * @throws ProtocolException ({@link ErrorCode#REQ_INVALID_FIELD}) if {@code wrapped} is not base64 or does not
     *         hold a session key
     * @throws CryptoException if it is not an SM2 ciphertext for {@code operatorKey} or was altered
     */
    public static byte[] unwrap(String wrapped, Sm2PrivateKey operatorKey) {
        byte[] der = Base64Values.decode(wrapped).orElseThrow(
                () -> new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "sessionKey must be standard base64")); //$NON-NLS-1$
        byte[] key = Sm2Cipher.decrypt(operatorKey, Sm2Cipher.fromAsn1(der));
        if (key.length != KEY_LENGTH) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "sessionKey must hold " + KEY_LENGTH + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return key;
    }
}
