package org.govsite.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.util.BigIntegers;

/**
 * An SM2 key pair; the public key is always the one belonging to the private key.
 *
 * @param privateKey the private key
 * @param publicKey its public key ({@code privateKey.publicKey()})
 */
public record Sm2KeyPair(Sm2PrivateKey privateKey, Sm2PublicKey publicKey) {
    public Sm2KeyPair {
        if (!privateKey.publicKey().equals(publicKey)) {
            throw new IllegalArgumentException("the public key does not belong to the private key"); //$NON-NLS-1$
        }
    }

    /** @return a new key pair from the bundle's {@link SecureRandom} */
    public static Sm2KeyPair generate() {
        return generate(CryptoRandom.INSTANCE);
    }

    /** @return a new key pair whose private key d is drawn uniformly from [1, n-2] using {@code random} */
    public static Sm2KeyPair generate(SecureRandom random) {
        return of(new Sm2PrivateKey(BigIntegers.createRandomInRange(BigInteger.ONE, Sm2Curve.MAX_PRIVATE_SCALAR, random)));
    }

    /** @return the pair of {@code privateKey} and its public key */
    public static Sm2KeyPair of(Sm2PrivateKey privateKey) {
        return new Sm2KeyPair(privateKey, privateKey.publicKey());
    }
}
