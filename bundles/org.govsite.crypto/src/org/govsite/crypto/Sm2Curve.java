package org.govsite.crypto;

import java.math.BigInteger;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.util.BigIntegers;

/** The SM2 recommended curve (GB/T 32918.5-2017, "sm2p256v1", OID 1.2.156.10197.1.301) */
final class Sm2Curve {
    /** OID of the curve, written as the EC parameters of every key this bundle encodes. */
    static final ASN1ObjectIdentifier OID = GMObjectIdentifiers.sm2p256v1;
    /** Named domain parameters, so that encoders write the curve OID instead of explicit parameters. */
    static final ECNamedDomainParameters DOMAIN = new ECNamedDomainParameters(OID, GMNamedCurves.getByOID(OID));
    /** Length of a field element and of a scalar in bytes. */
    static final int FIELD_BYTES = 32;
    /** Length of an uncompressed point 04 || X || Y. */
    static final int POINT_BYTES = 1 + 2 * FIELD_BYTES;
    /** Largest valid private scalar, n-2: for d = n-1, 1+d has no inverse mod n. */
    static final BigInteger MAX_PRIVATE_SCALAR = DOMAIN.getN().subtract(BigInteger.TWO);

    private Sm2Curve() {
    }

    /** @return true if {@code domain} is this curve, whether named by OID or given explicitly */
    static boolean isSm2(ECDomainParameters domain) {
        return DOMAIN.getCurve().equals(domain.getCurve()) && DOMAIN.getG().equals(domain.getG())
                && DOMAIN.getN().equals(domain.getN());
    }

    /** @return true if {@code d} is a valid SM2 private key, 1 &lt;= d &lt;= n-2 (GB/T 32918.1, 6.1) */
    static boolean isPrivateScalar(BigInteger d) {
        return d.signum() > 0 && d.compareTo(MAX_PRIVATE_SCALAR) <= 0;
    }

    /** @return {@code value} as exactly {@link #FIELD_BYTES} big-endian bytes (value must fit) */
    static byte[] toFixed(BigInteger value) {
        return BigIntegers.asUnsignedByteArray(FIELD_BYTES, value);
    }
}
