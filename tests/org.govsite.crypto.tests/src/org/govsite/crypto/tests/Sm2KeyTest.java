package org.govsite.crypto.tests;

import static org.govsite.crypto.tests.LocalizedMessages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2PublicKey;
import org.junit.jupiter.api.Test;

class Sm2KeyTest {
    /** Order n of the SM2 curve (GB/T 32918.5-2017). */
    private static final BigInteger N = new BigInteger("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123", 16);

    @Test
    void derivesThePublishedPublicKey() {
        // GM/T 0003.5-2012 Annex A: PA = [dA]G
        assertArrayEquals(Sm2Vectors.PUBLIC, Sm2PrivateKey.fromScalar(Sm2Vectors.D).publicKey().toUncompressed());
    }

    @Test
    void generationDrawsTheScalarFromTheGivenRandomSource() {
        Sm2KeyPair pair = Sm2KeyPair.generate(new FixedRandom(Sm2Vectors.D));
        assertArrayEquals(Sm2Vectors.D, pair.privateKey().toScalar());
        assertArrayEquals(Sm2Vectors.PUBLIC, pair.publicKey().toUncompressed());
    }

    @Test
    void generatedPairsAreFreshAndConsistent() {
        Sm2KeyPair first = Sm2KeyPair.generate();
        Sm2KeyPair second = Sm2KeyPair.generate();
        assertEquals(first.privateKey().publicKey(), first.publicKey());
        assertNotEquals(first.publicKey(), second.publicKey());
        assertThrows(IllegalArgumentException.class, () -> new Sm2KeyPair(first.privateKey(), second.publicKey()));
    }

    @Test
    void publicKeyEncodingsRoundTrip() {
        Sm2PublicKey key = Sm2KeyPair.generate().publicKey();
        byte[] point = key.toUncompressed();
        assertEquals(65, point.length);
        assertEquals(0x04, point[0]);
        assertEquals(key, Sm2PublicKey.fromUncompressed(point));
        assertEquals(key, Sm2PublicKey.fromDer(key.toDer()));
        String pem = key.toPem();
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n") && pem.endsWith("-----END PUBLIC KEY-----\n"), pem);
        assertEquals(key, Sm2PublicKey.fromPem("comment before\n" + pem + "after"));
        assertEquals(key.hashCode(), Sm2PublicKey.fromPem(pem).hashCode());
    }

    @Test
    void publicKeyDerNamesTheSm2Curve() {
        byte[] der = Sm2KeyPair.generate().publicKey().toDer();
        // SEQUENCE { SEQUENCE { OID id-ecPublicKey, OID 1.2.156.10197.1.301 }, BIT STRING 00 04 X Y }
        assertEquals("3059301306072a8648ce3d020106082a811ccf5501822d034200", OpenSsl.hex(Arrays.copyOf(der, 26)));
        assertEquals(91, der.length);
    }

    @Test
    void privateKeyEncodingsRoundTrip() {
        Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
        assertArrayEquals(key.toScalar(), Sm2PrivateKey.fromPkcs8(key.toPkcs8()).toScalar());
        assertArrayEquals(key.toScalar(), Sm2PrivateKey.fromPem(key.toPem()).toScalar());
        assertArrayEquals(key.toScalar(), Sm2PrivateKey.fromScalar(key.toScalar()).toScalar());
        assertTrue(key.toPem().startsWith("-----BEGIN PRIVATE KEY-----\n"));
        String scalarHex = HexFormat.of().formatHex(key.toScalar());
        assertFalse(key.toString().toLowerCase().contains(scalarHex), "toString shows the secret");
    }

    @Test
    void rejectsPointsOffTheCurveAndOtherEncodings() {
        byte[] offCurve = Sm2Vectors.PUBLIC.clone();
        offCurve[64] ^= 1;
        assertThrows(CryptoException.class, () -> Sm2PublicKey.fromUncompressed(offCurve));
        assertThrows(CryptoException.class, () -> Sm2PublicKey.fromUncompressed(Arrays.copyOf(Sm2Vectors.PUBLIC, 33)));
        byte[] hybrid = Sm2Vectors.PUBLIC.clone();
        hybrid[0] = 0x06;
        assertThrows(CryptoException.class, () -> Sm2PublicKey.fromUncompressed(hybrid));
        assertThrows(CryptoException.class, () -> Sm2PublicKey.fromDer(new byte[] { 0x30, 0x00 }));
    }

    @Test
    void privateScalarMustLieBetweenOneAndNMinusTwo() {
        assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromScalar(new byte[32]));
        assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromScalar(scalar(N.subtract(BigInteger.ONE))));
        assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromScalar(scalar(N)));
        assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromScalar(new byte[31]));
        assertArrayEquals(scalar(N.subtract(BigInteger.TWO)), Sm2PrivateKey.fromScalar(scalar(N.subtract(BigInteger.TWO))).toScalar());
        assertArrayEquals(scalar(BigInteger.ONE), Sm2PrivateKey.fromScalar(scalar(BigInteger.ONE)).toScalar());
    }

    private static byte[] scalar(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    @Test
    void rejectsKeysOnOtherCurves() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p256 = generator.generateKeyPair();
        assertMessage("KEY_NOT_SM2", assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromPkcs8(p256.getPrivate().getEncoded())));
        assertMessage("KEY_NOT_SM2", assertThrows(CryptoException.class, () -> Sm2PublicKey.fromDer(p256.getPublic().getEncoded())));
    }

    @Test
    void pemOfTheWrongKindIsRejectedClearly() {
        Sm2KeyPair pair = Sm2KeyPair.generate();
        assertMessage("PEM_NO_PRIVATE_KEY", assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromPem(pair.publicKey().toPem())));
        assertMessage("PEM_NO_PUBLIC_KEY", assertThrows(CryptoException.class, () -> Sm2PublicKey.fromPem(pair.privateKey().toPem())));
        assertMessage("PEM_NO_PRIVATE_KEY", assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromPem("no PEM here")));
        assertThrows(CryptoException.class, () -> Sm2PublicKey.fromPem("-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n"));
        String pem = pair.privateKey().toPem();
        assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromPem(pem.substring(0, pem.length() / 2)), "truncated");
    }
}
