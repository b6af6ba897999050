package org.govsite.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * PEM text (RFC 7468): base64 of DER between "-----BEGIN type-----" and "-----END type-----" lines. Written with
 * 64-character lines and {@code \n} line ends, the way OpenSSL writes it.
 */
final class Pem {
    private static final Base64.Encoder ENCODER = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
    private static final String PARAMETERS_SUFFIX = " PARAMETERS"; //$NON-NLS-1$

    private Pem() {
    }

    /** @return the PEM block of {@code type} holding {@code der}, ending with a line break */
    static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + ENCODER.encodeToString(der) + "\n-----END " + type + "-----\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * Reads the first PEM block of {@code text}, ignoring text around blocks and skipping curve parameter blocks
     * ("EC PARAMETERS", or "SM2 PARAMETERS" as {@code openssl ecparam -genkey} writes before the key).
     *
     * @return the block (type, headers, DER content), or null if there is none
     * @throws IOException if a block is not valid base64 or has no END line
     */
    static PemObject readBlock(String text) throws IOException {
        try (PemReader reader = new PemReader(new StringReader(text))) {
            PemObject block = reader.readPemObject();
            while (block != null && block.getType().endsWith(PARAMETERS_SUFFIX)) {
                block = reader.readPemObject();
            }
            return block;
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }
}
