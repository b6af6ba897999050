package org.govsite.crypto;

import java.io.IOException;
import java.math.BigInteger;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * An SM2 private key: the scalar d, 1 &lt;= d &lt;= n-2 (GB/T 32918.1, 6.1), with its public key [d]G. Immutable and
 * thread-safe. {@link #toString()} never shows d.
 * <p>
 * Encodings:
 * <ul>
 * <li>scalar: d as 32 big-endian bytes;</li>
 * <li>PKCS#8 (RFC 5208 PrivateKeyInfo, DER): algorithm id-ecPublicKey with the named curve SM2
 * (1.2.156.10197.1.301), holding an RFC 5915 ECPrivateKey (version 1, d, curve, public key);</li>
 * <li>PEM: that DER in a "PRIVATE KEY" block, the form {@code openssl genpkey -algorithm SM2} writes and
 * {@code openssl pkey} reads. Reading also accepts SEC1 "EC PRIVATE KEY" and "SM2 PRIVATE KEY" blocks.</li>
 * </ul>
 * Keep private keys at rest only in a {@link KeyFile}. The scalar lives in a {@link BigInteger}, which Java cannot
 * wipe: drop references to keys no longer needed.
 */
public final class Sm2PrivateKey {
    static final String PEM_TYPE = "PRIVATE KEY"; //$NON-NLS-1$
    private static final String EC_PEM_TYPE = "EC PRIVATE KEY"; //$NON-NLS-1$
    private static final String SM2_PEM_TYPE = "SM2 PRIVATE KEY"; //$NON-NLS-1$
    private static final String ENCRYPTED_PEM_TYPE = "ENCRYPTED PRIVATE KEY"; //$NON-NLS-1$

    private final ECPrivateKeyParameters parameters;
    private final Sm2PublicKey publicKey;

    /** @throws CryptoException if d is not in [1, n-2] */
    Sm2PrivateKey(BigInteger d) {
        if (!Sm2Curve.isPrivateScalar(d)) {
            throw new CryptoException(Messages.PRIVATE_KEY_RANGE);
        }
        parameters = new ECPrivateKeyParameters(d, Sm2Curve.DOMAIN);
        publicKey = new Sm2PublicKey(new FixedPointCombMultiplier().multiply(Sm2Curve.DOMAIN.getG(), d));
    }

    /**
     * @param scalar d as exactly 32 big-endian bytes
     * @throws CryptoException if it is not 32 bytes or not in [1, n-2]
     */
    public static Sm2PrivateKey fromScalar(byte[] scalar) {
        if (scalar.length != Sm2Curve.FIELD_BYTES) {
            throw new CryptoException(Messages.PRIVATE_KEY_RANGE);
        }
        return new Sm2PrivateKey(new BigInteger(1, scalar));
    }

    /**
     * @param der DER PKCS#8 PrivateKeyInfo (unencrypted) of an EC key on the SM2 curve
     * @throws CryptoException if it is not valid DER or not an SM2 key
     */
    public static Sm2PrivateKey fromPkcs8(byte[] der) {
        try {
            return fromInfo(PrivateKeyInfo.getInstance(der));
        } catch (IllegalArgumentException e) {
            throw new CryptoException(Messages.bind(Messages.KEY_ENCODING, "PKCS#8"), e); //$NON-NLS-1$
        }
    }

    /**
     * Reads the first private key PEM block of {@code pem}: "PRIVATE KEY" (PKCS#8), or SEC1 "EC PRIVATE KEY" /
     * "SM2 PRIVATE KEY" (the label {@code openssl ec} gives SM2 keys). Text around it and curve parameter blocks
     * are skipped.
     *
     * @throws CryptoException if there is no such block, it is password-protected, or it holds no SM2 private key
     */
    public static Sm2PrivateKey fromPem(String pem) {
        PemObject block;
        try {
            block = Pem.readBlock(pem);
        } catch (IOException e) {
            throw new CryptoException(Messages.bind(Messages.KEY_ENCODING, "PEM"), e); //$NON-NLS-1$
        }
        if (block == null) {
            throw new CryptoException(Messages.PEM_NO_PRIVATE_KEY);
        }
        if (ENCRYPTED_PEM_TYPE.equals(block.getType()) || !block.getHeaders().isEmpty()) {
            throw new CryptoException(Messages.PEM_ENCRYPTED_KEY);
        }
        return switch (block.getType()) {
            case PEM_TYPE -> fromPkcs8(block.getContent());
            case EC_PEM_TYPE, SM2_PEM_TYPE -> fromSec1(block.getContent());
            default -> throw new CryptoException(Messages.PEM_NO_PRIVATE_KEY);
        };
    }

    /** Wraps an RFC 5915 / SEC1 ECPrivateKey, which names its curve itself, into PKCS#8. */
    private static Sm2PrivateKey fromSec1(byte[] der) {
        try {
            ECPrivateKey key = ECPrivateKey.getInstance(der);
            if (key.getParametersObject() == null) {
                throw new CryptoException(Messages.KEY_NOT_SM2);
            }
            AlgorithmIdentifier algorithm = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, key.getParametersObject());
            return fromInfo(new PrivateKeyInfo(algorithm, key));
        } catch (IOException | IllegalArgumentException e) {
            throw new CryptoException(Messages.bind(Messages.KEY_ENCODING, "SEC1 ECPrivateKey"), e); //$NON-NLS-1$
        }
    }

    private static Sm2PrivateKey fromInfo(PrivateKeyInfo info) {
        AsymmetricKeyParameter key;
        try {
            key = PrivateKeyFactory.createKey(info);
        } catch (IOException | RuntimeException e) {
            throw new CryptoException(Messages.bind(Messages.KEY_ENCODING, "PKCS#8"), e); //$NON-NLS-1$
        }
        if (!(key instanceof ECPrivateKeyParameters ec) || !Sm2Curve.isSm2(ec.getParameters())) {
            throw new CryptoException(Messages.KEY_NOT_SM2);
        }
        return new Sm2PrivateKey(ec.getD());
    }

    /** @return the public key [d]G */
    public Sm2PublicKey publicKey() {
        return publicKey;
    }

    /** @return d as 32 big-endian bytes (secret: wipe the array when done) */
    public byte[] toScalar() {
        return Sm2Curve.toFixed(parameters.getD());
    }

    /** @return DER PKCS#8 PrivateKeyInfo (secret: wipe the array when done) */
    public byte[] toPkcs8() {
        try {
            return PrivateKeyInfoFactory.createPrivateKeyInfo(parameters).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return an unencrypted "PRIVATE KEY" PEM block holding {@link #toPkcs8()}; for export only, see {@link KeyFile} */
    public String toPem() {
        return Pem.encode(PEM_TYPE, toPkcs8());
    }

    ECPrivateKeyParameters parameters() {
        return parameters;
    }

    /** @return "Sm2PrivateKey[public=...]": the public key only */
    @Override
    public String toString() {
        return "Sm2PrivateKey[public=" + publicKey + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
