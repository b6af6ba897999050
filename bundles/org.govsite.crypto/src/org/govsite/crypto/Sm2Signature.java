package org.govsite.crypto;

import java.io.IOException;
import java.math.BigInteger;

import org.bouncycastle.crypto.signers.DSAEncoding;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * Converts SM2 signatures between the two encodings in use:
 * <ul>
 * <li>DER {@code SEQUENCE { r INTEGER, s INTEGER }} (what {@link Sm2Signer} and OpenSSL produce);</li>
 * <li>raw {@code r || s}: 64 bytes, r and s each as 32 big-endian bytes (used by some HSMs and web APIs).</li>
 * </ul>
 * Both directions require 0 &lt; r, s &lt; n.
 */
public final class Sm2Signature {
    /** Length of a raw signature r || s. */
    public static final int RAW_LENGTH = 2 * Sm2Curve.FIELD_BYTES;

    private Sm2Signature() {
    }

    /**
     * @param der strictly DER-encoded SEQUENCE(r, s)
     * @return the 64-byte r || s
     * @throws CryptoException if {@code der} is not such an encoding
     */
    public static byte[] derToRaw(byte[] der) {
        BigInteger[] rs;
        try {
            rs = StandardDSAEncoding.INSTANCE.decode(Sm2Curve.DOMAIN.getN(), der);
        } catch (IOException | RuntimeException e) {
            throw new CryptoException(Messages.bind(Messages.SIGNATURE_ENCODING, "DER SEQUENCE(r, s)"), e); //$NON-NLS-1$
        }
        return encode(PlainDSAEncoding.INSTANCE, rs, "DER SEQUENCE(r, s)"); //$NON-NLS-1$
    }

    /**
     * @param raw 64 bytes r || s
     * @return the DER SEQUENCE(r, s)
     * @throws CryptoException if {@code raw} is not 64 bytes or r or s is out of range
     */
    public static byte[] rawToDer(byte[] raw) {
        BigInteger[] rs;
        try {
            rs = PlainDSAEncoding.INSTANCE.decode(Sm2Curve.DOMAIN.getN(), raw);
        } catch (RuntimeException e) {
            throw new CryptoException(Messages.bind(Messages.SIGNATURE_ENCODING, "r || s"), e); //$NON-NLS-1$
        }
        return encode(StandardDSAEncoding.INSTANCE, rs, "r || s"); //$NON-NLS-1$
    }

    private static byte[] encode(DSAEncoding encoding, BigInteger[] rs, String sourceForm) {
        if (rs[0].signum() == 0 || rs[1].signum() == 0) {
            throw new CryptoException(Messages.bind(Messages.SIGNATURE_ENCODING, sourceForm));
        }
        try {
            return encoding.encode(Sm2Curve.DOMAIN.getN(), rs[0], rs[1]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
