package org.govsite.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * PEM text (RFC 7468): base64 of DER between "-----BEGIN type-----" and "-----END type-----" lines. Written with
 * 64-character lines and {@code \n} line ends, the way OpenSSL writes it.
 */
final class Pem {
    private static final Base64.Encoder ENCODER = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$

    private Pem() {
    }

    /** @return the PEM block of {@code type} holding {@code der}, ending with a line break */
    static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + ENCODER.encodeToString(der) + "\n-----END " + type + "-----\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * Parses the first key-bearing PEM block, skipping text around blocks and "EC PARAMETERS" blocks (which
     * {@code openssl ecparam -genkey} writes before the key).
     *
     * @return what Bouncy Castle's PEMParser makes of the block (PrivateKeyInfo, PEMKeyPair, SubjectPublicKeyInfo,
     *         ...), or null if the text has no further PEM block
     * @throws IOException if a block is not valid base64 or DER, or has an unknown type
     */
    static Object readKeyObject(String text) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object object = parser.readObject();
            while (object instanceof ASN1ObjectIdentifier || object instanceof X9ECParameters) {
                object = parser.readObject();
            }
            return object;
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }

    /**
     * Reads the first PEM block without interpreting its content.
     *
     * @return the block, or null if there is none
     * @throws IOException if the block is not valid base64 or has no END line
     */
    static PemObject readBlock(String text) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            return parser.readPemObject();
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }
}
