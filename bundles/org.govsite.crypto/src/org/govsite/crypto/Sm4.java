package org.govsite.crypto;

import java.util.Arrays;

import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * SM4 block cipher (GB/T 32907-2016, GM/T 0002-2012; 128-bit key and block) in two modes. Thread-safe.
 * <ul>
 * <li><b>SM4-GCM</b> (NIST SP 800-38D over SM4, as RFC 8998 uses it), for data GovSite encrypts itself. Output:
 * {@code nonce (12 bytes, random) || ciphertext (as long as the plaintext) || tag (16 bytes)}; optional associated
 * data is authenticated but not stored. Never reuse a key for more than 2^32 messages.</li>
 * <li><b>SM4-CBC with PKCS#7 padding</b>, for interoperability (e.g. {@code openssl enc -sm4-cbc -K <key> -iv <iv>},
 * which OpenSSL 3.0 supports while it lacks SM4-GCM). Not authenticated: protect it with a MAC or signature.</li>
 * </ul>
 */
public final class Sm4 {
    /** SM4 key length in bytes. */
    public static final int KEY_LENGTH = 16;
    /** SM4 block length in bytes, also the CBC IV length. */
    public static final int BLOCK_LENGTH = 16;
    /** GCM nonce length in bytes. */
    public static final int GCM_NONCE_LENGTH = 12;
    /** GCM tag length in bytes. */
    public static final int GCM_TAG_LENGTH = 16;

    private static final byte[] NO_AAD = new byte[0];

    private Sm4() {
    }

    /** @return a new random 16-byte key */
    public static byte[] newKey() {
        return CryptoRandom.bytes(KEY_LENGTH);
    }

    /** @return a new random 16-byte CBC IV */
    public static byte[] newIv() {
        return CryptoRandom.bytes(BLOCK_LENGTH);
    }

    /** @return nonce || ciphertext || tag of {@code plaintext} without associated data */
    public static byte[] encryptGcm(byte[] key, byte[] plaintext) {
        return encryptGcm(key, plaintext, NO_AAD);
    }

    /**
     * @param aad associated data, authenticated but not included in the output
     * @return nonce (12, random) || ciphertext || tag (16)
     */
    public static byte[] encryptGcm(byte[] key, byte[] plaintext, byte[] aad) {
        byte[] nonce = CryptoRandom.bytes(GCM_NONCE_LENGTH);
        GCMModeCipher gcm = gcm(true, key, nonce, aad);
        byte[] out = Arrays.copyOf(nonce, GCM_NONCE_LENGTH + gcm.getOutputSize(plaintext.length));
        int n = gcm.processBytes(plaintext, 0, plaintext.length, out, GCM_NONCE_LENGTH);
        try {
            gcm.doFinal(out, GCM_NONCE_LENGTH + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** @return the plaintext of {@code sealed} (nonce || ciphertext || tag) without associated data */
    public static byte[] decryptGcm(byte[] key, byte[] sealed) {
        return decryptGcm(key, sealed, NO_AAD);
    }

    /**
     * @param sealed nonce (12) || ciphertext || tag (16)
     * @param aad the associated data given when encrypting
     * @return the plaintext; nothing is returned unless the tag matches (unauthenticated output is wiped)
     * @throws CryptoException if {@code sealed} is too short, was altered, or key or associated data differ
     */
    public static byte[] decryptGcm(byte[] key, byte[] sealed, byte[] aad) {
        if (sealed.length < GCM_NONCE_LENGTH + GCM_TAG_LENGTH) {
            checkKey(key);
            throw new CryptoException(Messages.SM4_GCM_FAILED);
        }
        GCMModeCipher gcm = gcm(false, key, Arrays.copyOf(sealed, GCM_NONCE_LENGTH), aad);
        byte[] out = new byte[gcm.getOutputSize(sealed.length - GCM_NONCE_LENGTH)];
        int n = gcm.processBytes(sealed, GCM_NONCE_LENGTH, sealed.length - GCM_NONCE_LENGTH, out, 0);
        try {
            gcm.doFinal(out, n);
            return out;
        } catch (InvalidCipherTextException e) {
            Arrays.fill(out, (byte) 0);
            throw new CryptoException(Messages.SM4_GCM_FAILED, e);
        }
    }

    private static GCMModeCipher gcm(boolean encrypt, byte[] key, byte[] nonce, byte[] aad) {
        checkKey(key);
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), GCM_TAG_LENGTH * Byte.SIZE, nonce, aad));
        return gcm;
    }

    /**
     * @param iv 16 bytes; use a fresh random one ({@link #newIv()}) per message under a key
     * @return the ciphertext, PKCS#7-padded to a multiple of 16 bytes (1 to 16 bytes longer than the plaintext)
     */
    public static byte[] encryptCbc(byte[] key, byte[] iv, byte[] plaintext) {
        BufferedBlockCipher cipher = cbc(true, key, iv);
        try {
            return process(cipher, plaintext);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return the plaintext of PKCS#7-padded SM4-CBC {@code ciphertext}
     * @throws CryptoException if the length is not a positive multiple of 16 or the padding is wrong (which is what
     *         a wrong key or IV usually, but not always, causes: CBC cannot detect tampering)
     */
    public static byte[] decryptCbc(byte[] key, byte[] iv, byte[] ciphertext) {
        BufferedBlockCipher cipher = cbc(false, key, iv);
        if (ciphertext.length == 0 || ciphertext.length % BLOCK_LENGTH != 0) {
            throw new CryptoException(Messages.SM4_CBC_FAILED);
        }
        try {
            return process(cipher, ciphertext);
        } catch (InvalidCipherTextException e) {
            throw new CryptoException(Messages.SM4_CBC_FAILED, e);
        }
    }

    private static BufferedBlockCipher cbc(boolean encrypt, byte[] key, byte[] iv) {
        checkKey(key);
        if (iv.length != BLOCK_LENGTH) {
            throw new IllegalArgumentException("SM4-CBC IV must be " + BLOCK_LENGTH + " bytes, got " + iv.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        BufferedBlockCipher cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding());
        cipher.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
        return cipher;
    }

    private static byte[] process(BufferedBlockCipher cipher, byte[] input) throws InvalidCipherTextException {
        byte[] out = new byte[cipher.getOutputSize(input.length)];
        int n = cipher.processBytes(input, 0, input.length, out, 0);
        n += cipher.doFinal(out, n);
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static void checkKey(byte[] key) {
        if (key.length != KEY_LENGTH) {
            throw new IllegalArgumentException("SM4 key must be " + KEY_LENGTH + " bytes, got " + key.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
