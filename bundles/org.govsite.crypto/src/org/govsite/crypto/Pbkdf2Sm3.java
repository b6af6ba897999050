package org.govsite.crypto;

import java.util.Arrays;

import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * PBKDF2 (RFC 8018, section 5.2) with HMAC-SM3 as the pseudo-random function: derives keys from passphrases.
 * The passphrase enters as its UTF-8 bytes. Interoperates with
 * {@code openssl kdf -keylen <n> -kdfopt digest:SM3 -kdfopt hexpass:<utf8 hex> -kdfopt hexsalt:<hex> -kdfopt iter:<n> PBKDF2}.
 * Thread-safe.
 */
public final class Pbkdf2Sm3 {
    private Pbkdf2Sm3() {
    }

    /**
     * Derives {@code length} bytes. The caller's {@code passphrase} array is left as it is (wipe it when done);
     * the internal UTF-8 copy is wiped before returning.
     *
     * @param iterations at least 1; choose 100,000 or more for passphrases
     * @param length number of bytes wanted, at least 1
     */
    public static byte[] derive(char[] passphrase, byte[] salt, int iterations, int length) {
        if (iterations < 1 || length < 1) {
            throw new IllegalArgumentException("iterations and length must be positive"); //$NON-NLS-1$
        }
        byte[] password = PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(passphrase);
        try {
            PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SM3Digest());
            generator.init(password, salt, iterations);
            return ((KeyParameter) generator.generateDerivedMacParameters(length * Byte.SIZE)).getKey();
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }
}
