package org.govsite.crypto.tests;

import static org.govsite.crypto.tests.Sm2Vectors.concat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2Cipher;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2PublicKey;
import org.junit.jupiter.api.Test;

class Sm2CipherTest {
    private static final byte[] MESSAGE = Sm2Vectors.ENCRYPTED_MESSAGE.getBytes(StandardCharsets.US_ASCII);
    private static final Sm2KeyPair PAIR = Sm2KeyPair.generate();

    @Test
    void reproducesThePublishedCiphertextInC1C3C2Order() {
        // GM/T 0003.5-2012 Annex C with k fixed
        Sm2PublicKey key = Sm2PublicKey.fromUncompressed(Sm2Vectors.PUBLIC);
        byte[] ciphertext = Sm2Cipher.encrypt(key, MESSAGE, new FixedRandom(Sm2Vectors.K));
        assertArrayEquals(concat(Sm2Vectors.C1, Sm2Vectors.C3, Sm2Vectors.C2), ciphertext);
        assertArrayEquals(MESSAGE, Sm2Cipher.decrypt(Sm2PrivateKey.fromScalar(Sm2Vectors.D), ciphertext));
    }

    @Test
    void convertsToAndFromTheAsn1Form() {
        byte[] ciphertext = concat(Sm2Vectors.C1, Sm2Vectors.C3, Sm2Vectors.C2);
        // SEQUENCE { INTEGER x1 (32 bytes), INTEGER y1 (00 + 32 bytes: high bit set), OCTET STRING C3, OCTET STRING C2 }
        String expected = "307c" + "0220" + OpenSsl.hex(Arrays.copyOfRange(Sm2Vectors.C1, 1, 33))
                + "022100" + OpenSsl.hex(Arrays.copyOfRange(Sm2Vectors.C1, 33, 65))
                + "0420" + OpenSsl.hex(Sm2Vectors.C3) + "0413" + OpenSsl.hex(Sm2Vectors.C2);
        byte[] asn1 = Sm2Cipher.toAsn1(ciphertext);
        assertEquals(expected, OpenSsl.hex(asn1));
        assertArrayEquals(ciphertext, Sm2Cipher.fromAsn1(asn1));
    }

    @Test
    void roundTripWithFreshKeysAddsC1AndC3() {
        for (int length : new int[] { 1, 32, 1000 }) {
            byte[] message = Arrays.copyOf(MESSAGE, length);
            byte[] ciphertext = Sm2Cipher.encrypt(PAIR.publicKey(), message);
            assertEquals(length + Sm2Cipher.OVERHEAD, ciphertext.length);
            assertEquals(0x04, ciphertext[0]);
            assertArrayEquals(message, Sm2Cipher.decrypt(PAIR.privateKey(), ciphertext));
        }
    }

    @Test
    void decryptionRejectsAlteredForeignAndMalformedCiphertexts() {
        byte[] ciphertext = Sm2Cipher.encrypt(PAIR.publicKey(), MESSAGE);
        assertThrows(CryptoException.class, () -> Sm2Cipher.decrypt(Sm2KeyPair.generate().privateKey(), ciphertext), "other key");
        for (int position : new int[] { 70, 96, 97, ciphertext.length - 1 }) { // C3, C3 end, C2 start, C2 end
            byte[] altered = ciphertext.clone();
            altered[position] ^= 1;
            assertThrows(CryptoException.class, () -> Sm2Cipher.decrypt(PAIR.privateKey(), altered), "altered byte " + position);
        }
        byte[] offCurve = ciphertext.clone();
        offCurve[64] ^= 1;
        assertThrows(CryptoException.class, () -> Sm2Cipher.decrypt(PAIR.privateKey(), offCurve), "C1 not on the curve");
        byte[] compressedPrefix = ciphertext.clone();
        compressedPrefix[0] = 0x02;
        assertThrows(CryptoException.class, () -> Sm2Cipher.decrypt(PAIR.privateKey(), compressedPrefix));
        assertThrows(CryptoException.class, () -> Sm2Cipher.decrypt(PAIR.privateKey(), Arrays.copyOf(ciphertext, 97)));
        assertThrows(CryptoException.class, () -> Sm2Cipher.fromAsn1(ciphertext), "C1C3C2 is not ASN.1");
        assertThrows(CryptoException.class, () -> Sm2Cipher.toAsn1(Sm2Cipher.toAsn1(ciphertext)), "ASN.1 is not C1C3C2");
    }

    @Test
    void refusesEmptyMessages() {
        assertThrows(IllegalArgumentException.class, () -> Sm2Cipher.encrypt(PAIR.publicKey(), new byte[0]));
    }
}
