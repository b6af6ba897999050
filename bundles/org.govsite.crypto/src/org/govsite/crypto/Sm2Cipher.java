package org.govsite.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ParametersWithRandom;

/**
 * SM2 public-key encryption (GB/T 32918.4-2016, GM/T 0003.4-2012) with SM3 as hash and KDF. Thread-safe.
 * <p>
 * <b>Ciphertext encoding (this class's own methods):</b> {@code C1 || C3 || C2} (the order of GM/T 0009-2012 and
 * GB/T 35276-2017, not Bouncy Castle's legacy C1C2C3):
 * <ul>
 * <li>C1: the ephemeral point [k]G uncompressed, 65 bytes {@code 04 || x1 || y1};</li>
 * <li>C3: SM3(x2 || M || y2), 32 bytes;</li>
 * <li>C2: M XOR KDF(x2 || y2, |M|), as long as the message.</li>
 * </ul>
 * So a ciphertext is 97 bytes longer than its message and always starts with 0x04.
 * <p>
 * <b>ASN.1 form:</b> GM/T 0009-2012 {@code SM2Cipher ::= SEQUENCE { XCoordinate INTEGER, YCoordinate INTEGER,
 * HASH OCTET STRING (32), CipherText OCTET STRING }}, which {@code openssl pkeyutl -encrypt/-decrypt} uses;
 * convert with {@link #toAsn1(byte[])} and {@link #fromAsn1(byte[])}.
 */
public final class Sm2Cipher {
    /** Bytes a ciphertext adds to its message: C1 (65) and C3 (32). */
    public static final int OVERHEAD = Sm2Curve.POINT_BYTES + Sm3.DIGEST_LENGTH;

    private static final String C1C3C2 = "C1C3C2 (04 || x1 || y1 || C3 || C2)"; //$NON-NLS-1$
    private static final String ASN1 = "GM/T 0009 SM2Cipher ASN.1"; //$NON-NLS-1$

    private Sm2Cipher() {
    }

    /**
     * @param plaintext at least one byte
     * @return C1 || C3 || C2, using the bundle's {@link SecureRandom} for k
     */
    public static byte[] encrypt(Sm2PublicKey key, byte[] plaintext) {
        return encrypt(key, plaintext, CryptoRandom.INSTANCE);
    }

    /**
     * @param plaintext at least one byte
     * @param random source of the ephemeral secret k
     * @return C1 || C3 || C2
     */
    public static byte[] encrypt(Sm2PublicKey key, byte[] plaintext, SecureRandom random) {
        if (plaintext.length == 0) {
            throw new IllegalArgumentException("SM2 cannot encrypt an empty message"); //$NON-NLS-1$
        }
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(true, new ParametersWithRandom(key.parameters(), random));
        try {
            return engine.processBlock(plaintext, 0, plaintext.length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param ciphertext C1 || C3 || C2 as {@link #encrypt(Sm2PublicKey, byte[])} returns it
     * @return the message
     * @throws CryptoException if the ciphertext is malformed, altered, or for another key
     */
    public static byte[] decrypt(Sm2PrivateKey key, byte[] ciphertext) {
        requireC1C3C2(ciphertext);
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(false, key.parameters());
        try {
            return engine.processBlock(ciphertext, 0, ciphertext.length);
        } catch (InvalidCipherTextException | RuntimeException e) {
            throw new CryptoException(Messages.SM2_DECRYPT_FAILED, e);
        }
    }

    private static void requireC1C3C2(byte[] ciphertext) {
        if (ciphertext.length <= OVERHEAD || ciphertext[0] != 0x04) {
            throw new CryptoException(Messages.bind(Messages.SM2_CIPHERTEXT_FORMAT, C1C3C2));
        }
    }

    /**
     * @param ciphertext C1 || C3 || C2
     * @return the same ciphertext as DER SM2Cipher (x1, y1, C3, C2)
     * @throws CryptoException if {@code ciphertext} is not in C1C3C2 form
     */
    public static byte[] toAsn1(byte[] ciphertext) {
        requireC1C3C2(ciphertext);
        int x = 1;
        int y = x + Sm2Curve.FIELD_BYTES;
        int c3 = y + Sm2Curve.FIELD_BYTES;
        int c2 = c3 + Sm3.DIGEST_LENGTH;
        try {
            return new DERSequence(new ASN1Encodable[] {
                    new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(ciphertext, x, y))),
                    new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(ciphertext, y, c3))),
                    new DEROctetString(Arrays.copyOfRange(ciphertext, c3, c2)),
                    new DEROctetString(Arrays.copyOfRange(ciphertext, c2, ciphertext.length)) })
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param der DER SM2Cipher (x1, y1, C3, C2), e.g. the output of {@code openssl pkeyutl -encrypt}
     * @return the same ciphertext as C1 || C3 || C2
     * @throws CryptoException if {@code der} is not such a structure
     */
    public static byte[] fromAsn1(byte[] der) {
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(der);
            if (sequence.size() != 4) {
                throw new IllegalArgumentException("SM2Cipher has 4 fields"); //$NON-NLS-1$
            }
            BigInteger x = ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue();
            BigInteger y = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
            byte[] hash = ASN1OctetString.getInstance(sequence.getObjectAt(2)).getOctets();
            byte[] data = ASN1OctetString.getInstance(sequence.getObjectAt(3)).getOctets();
            if (x.signum() < 0 || y.signum() < 0 || hash.length != Sm3.DIGEST_LENGTH || data.length == 0) {
                throw new IllegalArgumentException("SM2Cipher field out of range"); //$NON-NLS-1$
            }
            byte[] result = new byte[OVERHEAD + data.length];
            result[0] = 0x04;
            System.arraycopy(Sm2Curve.toFixed(x), 0, result, 1, Sm2Curve.FIELD_BYTES);
            System.arraycopy(Sm2Curve.toFixed(y), 0, result, 1 + Sm2Curve.FIELD_BYTES, Sm2Curve.FIELD_BYTES);
            System.arraycopy(hash, 0, result, Sm2Curve.POINT_BYTES, hash.length);
            System.arraycopy(data, 0, result, OVERHEAD, data.length);
            return result;
        } catch (RuntimeException e) {
            throw new CryptoException(Messages.bind(Messages.SM2_CIPHERTEXT_FORMAT, ASN1), e);
        }
    }
}
