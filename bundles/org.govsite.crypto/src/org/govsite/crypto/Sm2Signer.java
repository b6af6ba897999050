package org.govsite.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * SM2 signatures (GB/T 32918.2-2016, GM/T 0003.2-2012) with SM3 as the hash: the signature covers
 * e = SM3(Z || M), where Z = SM3(ENTL || ID || a || b || xG || yG || xA || yA) binds the signer's user ID and public
 * key (ENTL = bit length of ID as 2 big-endian bytes).
 * <p>
 * <b>User ID:</b> the UTF-8 bytes of a string, by default {@value #DEFAULT_USER_ID} (GM/T 0009-2012); signer and
 * verifier must use the same ID. OpenSSL 3 must be told explicitly: {@code -pkeyopt distid:1234567812345678}
 * ({@code pkeyutl}) or {@code -sigopt distid:1234567812345678} ({@code dgst}).
 * <p>
 * <b>Signature encoding:</b> DER {@code SEQUENCE { r INTEGER, s INTEGER }} (GM/T 0009-2012 SM2Signature, the form
 * OpenSSL reads and writes), 70 to 72 bytes. {@link Sm2Signature} converts to and from the raw 64-byte {@code r || s}.
 * <p>
 * An instance keeps one initialised Bouncy Castle signer (Z computed once) and reuses it for every call, which is
 * about twice as fast as initialising per signature; Bouncy Castle resets it to "Z fed" after every signature and
 * every verification, failed or malformed ones included. Calls are serialised on the instance: for parallel signing
 * give each thread its own instance.
 */
public final class Sm2Signer {
    /** The conventional default user ID. */
    public static final String DEFAULT_USER_ID = "1234567812345678"; //$NON-NLS-1$
    /** Largest user ID in bytes: ENTL (its length in bits) must fit in 16 bits. */
    public static final int MAX_USER_ID_BYTES = 0xFFFF / Byte.SIZE;

    private final SM2Signer signer = new SM2Signer(StandardDSAEncoding.INSTANCE);
    private final boolean forSigning;

    private Sm2Signer(boolean forSigning) {
        this.forSigning = forSigning;
    }

    /** @return a signer for {@code key} with the default user ID and the bundle's {@link SecureRandom} */
    public static Sm2Signer forSigning(Sm2PrivateKey key) {
        return forSigning(key, DEFAULT_USER_ID, CryptoRandom.INSTANCE);
    }

    /**
     * @param userId the signer's ID, entering Z as its UTF-8 bytes (at most {@link #MAX_USER_ID_BYTES})
     * @param random source of the per-signature secret k
     * @return a signer for {@code key}
     */
    public static Sm2Signer forSigning(Sm2PrivateKey key, String userId, SecureRandom random) {
        Sm2Signer result = new Sm2Signer(true);
        result.signer.init(true, new ParametersWithID(new ParametersWithRandom(key.parameters(), random), idBytes(userId)));
        return result;
    }

    /** @return a verifier for signatures made by the owner of {@code key} with the default user ID */
    public static Sm2Signer forVerifying(Sm2PublicKey key) {
        return forVerifying(key, DEFAULT_USER_ID);
    }

    /** @return a verifier for signatures made by the owner of {@code key} with {@code userId} */
    public static Sm2Signer forVerifying(Sm2PublicKey key, String userId) {
        Sm2Signer result = new Sm2Signer(false);
        result.signer.init(false, new ParametersWithID(key.parameters(), idBytes(userId)));
        return result;
    }

    private static byte[] idBytes(String userId) {
        byte[] id = userId.getBytes(StandardCharsets.UTF_8);
        if (id.length > MAX_USER_ID_BYTES) {
            throw new IllegalArgumentException("SM2 user ID longer than " + MAX_USER_ID_BYTES + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return id;
    }

    /**
     * @return the DER signature SEQUENCE(r, s) of {@code message}
     * @throws IllegalStateException if this instance was made for verifying
     */
    public synchronized byte[] sign(byte[] message) {
        if (!forSigning) {
            throw new IllegalStateException("this Sm2Signer verifies only"); //$NON-NLS-1$
        }
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (org.bouncycastle.crypto.CryptoException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param signature DER SEQUENCE(r, s), strictly encoded
     * @return true if {@code signature} is a valid signature of {@code message}; false for any other input,
     *         including malformed encodings
     * @throws IllegalStateException if this instance was made for signing
     */
    public synchronized boolean verify(byte[] message, byte[] signature) {
        if (forSigning) {
            throw new IllegalStateException("this Sm2Signer signs only"); //$NON-NLS-1$
        }
        signer.update(message, 0, message.length);
        return signer.verifySignature(signature);
    }
}
