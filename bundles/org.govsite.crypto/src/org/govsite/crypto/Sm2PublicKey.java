package org.govsite.crypto;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * An SM2 public key: a point on the SM2 curve. Immutable and thread-safe; equal when the points are equal.
 * <p>
 * Encodings:
 * <ul>
 * <li>uncompressed point: 65 bytes {@code 04 || X || Y}, X and Y as 32-byte big-endian integers (GB/T 32918.1, 4.2.9);</li>
 * <li>DER SubjectPublicKeyInfo (RFC 5280): algorithm id-ecPublicKey (1.2.840.10045.2.1) with the named curve SM2
 * (1.2.156.10197.1.301) as parameters, the uncompressed point as the BIT STRING;</li>
 * <li>PEM: that DER in a "PUBLIC KEY" block, as {@code openssl pkey -pubout} writes and {@code openssl pkey -pubin} reads.</li>
 * </ul>
 */
public final class Sm2PublicKey {
    static final String PEM_TYPE = "PUBLIC KEY"; //$NON-NLS-1$

    private final ECPublicKeyParameters parameters;

    Sm2PublicKey(ECPoint point) {
        parameters = new ECPublicKeyParameters(point.normalize(), Sm2Curve.DOMAIN);
    }

    /**
     * @param point 65 bytes {@code 04 || X || Y}
     * @throws CryptoException if it is not an uncompressed point on the SM2 curve
     */
    public static Sm2PublicKey fromUncompressed(byte[] point) {
        if (point.length != Sm2Curve.POINT_BYTES || point[0] != 0x04) {
            throw new CryptoException(Messages.PUBLIC_KEY_POINT);
        }
        try {
            return new Sm2PublicKey(Sm2Curve.DOMAIN.getCurve().decodePoint(point));
        } catch (IllegalArgumentException e) {
            throw new CryptoException(Messages.PUBLIC_KEY_POINT, e);
        }
    }

    /**
     * @param subjectPublicKeyInfo DER SubjectPublicKeyInfo of an EC key on the SM2 curve
     * @throws CryptoException if it is not valid DER or not an SM2 key
     */
    public static Sm2PublicKey fromDer(byte[] subjectPublicKeyInfo) {
        try {
            return fromInfo(SubjectPublicKeyInfo.getInstance(subjectPublicKeyInfo));
        } catch (IllegalArgumentException e) {
            throw new CryptoException(Messages.bind(Messages.KEY_ENCODING, "SubjectPublicKeyInfo"), e); //$NON-NLS-1$
        }
    }

    /**
     * Reads the first "PUBLIC KEY" PEM block of {@code pem} (text around it is ignored), e.g. the output of
     * {@code openssl pkey -in key.pem -pubout}.
     *
     * @throws CryptoException if there is no such block or it does not hold an SM2 public key
     */
    public static Sm2PublicKey fromPem(String pem) {
        PemObject block;
        try {
            block = Pem.readBlock(pem);
        } catch (IOException e) {
            throw new CryptoException(Messages.bind(Messages.KEY_ENCODING, "PEM"), e); //$NON-NLS-1$
        }
        if (block == null || !PEM_TYPE.equals(block.getType())) {
            throw new CryptoException(Messages.PEM_NO_PUBLIC_KEY);
        }
        return fromDer(block.getContent());
    }

    private static Sm2PublicKey fromInfo(SubjectPublicKeyInfo info) {
        AsymmetricKeyParameter key;
        try {
            key = PublicKeyFactory.createKey(info);
        } catch (IOException | RuntimeException e) {
            throw new CryptoException(Messages.bind(Messages.KEY_ENCODING, "SubjectPublicKeyInfo"), e); //$NON-NLS-1$
        }
        if (!(key instanceof ECPublicKeyParameters ec) || !Sm2Curve.isSm2(ec.getParameters())) {
            throw new CryptoException(Messages.KEY_NOT_SM2);
        }
        return fromUncompressed(ec.getQ().getEncoded(false));
    }

    /** @return 65 bytes {@code 04 || X || Y} */
    public byte[] toUncompressed() {
        return parameters.getQ().getEncoded(false);
    }

    /** @return DER SubjectPublicKeyInfo naming the SM2 curve by OID */
    public byte[] toDer() {
        try {
            return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(parameters).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a "PUBLIC KEY" PEM block holding {@link #toDer()}, ending with a line break */
    public String toPem() {
        return Pem.encode(PEM_TYPE, toDer());
    }

    ECPublicKeyParameters parameters() {
        return parameters;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Sm2PublicKey other && parameters.getQ().equals(other.parameters.getQ());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toUncompressed());
    }

    /** @return "Sm2PublicKey[04...]" with the uncompressed point in hex */
    @Override
    public String toString() {
        return "Sm2PublicKey[" + HexFormat.of().formatHex(toUncompressed()) + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
