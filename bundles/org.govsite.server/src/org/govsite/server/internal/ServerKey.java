package org.govsite.server.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.govsite.crypto.HmacSm3;
import org.govsite.crypto.KeyFile;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm4;

/**
 * The server's SM2 key: generated on first start and kept as an encrypted key file ({@code KeyFile}) in the data
 * folder. Also derives the SM4 key that seals session keys at rest, so a copy of the database alone does not
 * give the session keys.
 */
public final class ServerKey {
    /** File name of the key file in the data folder. */
    public static final String FILE_NAME = "server-key.pem"; //$NON-NLS-1$

    private static final byte[] SEAL_LABEL = "GOVSITE-SESSION-SEAL-V1".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    private ServerKey() {
    }

    /**
     * @param passphrase protects the key file; not wiped
     * @return the key in {@code folder}, created when the folder has none
     * @throws org.govsite.crypto.CryptoException if the file cannot be read or written or the passphrase is wrong
     */
    public static Sm2PrivateKey loadOrCreate(Path folder, char[] passphrase) {
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return KeyFile.read(file, passphrase.clone());
        }
        Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
        KeyFile.write(file, key, passphrase.clone());
        return key;
    }

    /** @return the SM4 key sealing session keys: HMAC-SM3 of a fixed label under the server's private scalar */
    public static byte[] sealKey(Sm2PrivateKey key) {
        byte[] scalar = key.toScalar();
        byte[] mac = HmacSm3.mac(scalar, SEAL_LABEL);
        try {
            return Arrays.copyOf(mac, Sm4.KEY_LENGTH);
        } finally {
            Arrays.fill(scalar, (byte) 0);
            Arrays.fill(mac, (byte) 0);
        }
    }
}
