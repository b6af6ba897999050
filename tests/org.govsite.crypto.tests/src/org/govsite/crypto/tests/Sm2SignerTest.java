package org.govsite.crypto.tests;

import static org.govsite.crypto.tests.Sm2Vectors.concat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.crypto.Sm2Signature;
import org.govsite.crypto.Sm2Signer;
import org.junit.jupiter.api.Test;

class Sm2SignerTest {
    private static final byte[] MESSAGE = Sm2Vectors.SIGNED_MESSAGE.getBytes(StandardCharsets.US_ASCII);
    private static final Sm2KeyPair PAIR = Sm2KeyPair.generate();

    @Test
    void reproducesThePublishedSignatureWithTheDefaultUserId() {
        // GM/T 0003.5-2012 Annex A: with k fixed, r and s are determined by d, the user ID (Z) and the message
        assertEquals("1234567812345678", Sm2Signer.DEFAULT_USER_ID);
        Sm2PrivateKey key = Sm2PrivateKey.fromScalar(Sm2Vectors.D);
        Sm2Signer signer = Sm2Signer.forSigning(key, Sm2Signer.DEFAULT_USER_ID, new FixedRandom(Sm2Vectors.K));
        byte[] signature = signer.sign(MESSAGE);
        assertArrayEquals(concat(Sm2Vectors.R, Sm2Vectors.S), Sm2Signature.derToRaw(signature));
        // DER: SEQUENCE { INTEGER 00 F5A0.. (33 bytes), INTEGER 00 B1B6.. (33 bytes) }, both high bits set
        assertEquals("3046022100" + OpenSsl.hex(Sm2Vectors.R) + "022100" + OpenSsl.hex(Sm2Vectors.S), OpenSsl.hex(signature));
    }

    @Test
    void verifiesThePublishedSignatureWithThePublishedPublicKey() {
        Sm2PublicKey key = Sm2PublicKey.fromUncompressed(Sm2Vectors.PUBLIC);
        byte[] signature = Sm2Signature.rawToDer(concat(Sm2Vectors.R, Sm2Vectors.S));
        assertTrue(Sm2Signer.forVerifying(key).verify(MESSAGE, signature));
        assertFalse(Sm2Signer.forVerifying(key, "ALICE123@YAHOO.COM").verify(MESSAGE, signature), "another user ID");
        assertFalse(Sm2Signer.forVerifying(key).verify("message digesT".getBytes(StandardCharsets.US_ASCII), signature));
    }

    @Test
    void signsAndVerifiesWithAConfiguredUserId() {
        String userId = "operator-张三@gov.cn";
        byte[] signature = Sm2Signer.forSigning(PAIR.privateKey(), userId, new SecureRandom()).sign(MESSAGE);
        assertTrue(Sm2Signer.forVerifying(PAIR.publicKey(), userId).verify(MESSAGE, signature));
        assertFalse(Sm2Signer.forVerifying(PAIR.publicKey()).verify(MESSAGE, signature), "default ID must not verify");
        assertFalse(Sm2Signer.forVerifying(Sm2KeyPair.generate().publicKey(), userId).verify(MESSAGE, signature), "other key");
    }

    @Test
    void reusedInstancesStayCorrectAfterMalformedInput() {
        Sm2Signer signer = Sm2Signer.forSigning(PAIR.privateKey());
        Sm2Signer verifier = Sm2Signer.forVerifying(PAIR.publicKey());
        for (int i = 0; i < 5; i++) {
            byte[] message = ("request " + i).getBytes(StandardCharsets.UTF_8);
            byte[] signature = signer.sign(message);
            assertFalse(verifier.verify(message, Arrays.copyOf(signature, signature.length - 3)), "truncated DER");
            assertFalse(verifier.verify(message, Sm2Signature.derToRaw(signature)), "raw r||s is not DER");
            byte[] flipped = signature.clone();
            flipped[flipped.length - 1] ^= 1;
            assertFalse(verifier.verify(message, flipped), "altered s");
            assertTrue(verifier.verify(message, signature), "signature " + i + " after rejected ones");
        }
    }

    @Test
    void sharedInstancesAreSafeAcrossThreads() throws InterruptedException {
        Sm2Signer signer = Sm2Signer.forSigning(PAIR.privateKey());
        Sm2Signer verifier = Sm2Signer.forVerifying(PAIR.publicKey());
        AtomicInteger verified = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 50; i++) {
                    byte[] message = ("thread " + thread + " message " + i).getBytes(StandardCharsets.UTF_8);
                    if (verifier.verify(message, signer.sign(message))) {
                        verified.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(200, verified.get());
    }

    @Test
    void signaturesAreRandomized() {
        Sm2Signer signer = Sm2Signer.forSigning(PAIR.privateKey());
        assertFalse(Arrays.equals(signer.sign(MESSAGE), signer.sign(MESSAGE)));
    }

    @Test
    void instancesKeepToTheirRole() {
        assertThrows(IllegalStateException.class, () -> Sm2Signer.forVerifying(PAIR.publicKey()).sign(MESSAGE));
        assertThrows(IllegalStateException.class, () -> Sm2Signer.forSigning(PAIR.privateKey()).verify(MESSAGE, new byte[70]));
        assertThrows(IllegalArgumentException.class, () -> Sm2Signer.forVerifying(PAIR.publicKey(), "x".repeat(8192)));
    }

    @Test
    void signatureEncodingsConvertBothWays() {
        byte[] der = Sm2Signer.forSigning(PAIR.privateKey()).sign(MESSAGE);
        byte[] raw = Sm2Signature.derToRaw(der);
        assertEquals(Sm2Signature.RAW_LENGTH, raw.length);
        assertArrayEquals(der, Sm2Signature.rawToDer(raw));
    }

    @Test
    void signatureConversionsRejectMalformedInput() {
        byte[] der = Sm2Signature.rawToDer(concat(Sm2Vectors.R, Sm2Vectors.S));
        assertThrows(CryptoException.class, () -> Sm2Signature.derToRaw(concat(der, new byte[] { 0 })), "trailing byte");
        assertThrows(CryptoException.class, () -> Sm2Signature.derToRaw(Arrays.copyOf(der, der.length - 1)));
        assertThrows(CryptoException.class, () -> Sm2Signature.rawToDer(new byte[63]));
        assertThrows(CryptoException.class, () -> Sm2Signature.rawToDer(concat(new byte[32], Sm2Vectors.S)), "r = 0");
        byte[] rTooLarge = new byte[64];
        Arrays.fill(rTooLarge, 0, 32, (byte) 0xFF);
        System.arraycopy(Sm2Vectors.S, 0, rTooLarge, 32, 32);
        assertThrows(CryptoException.class, () -> Sm2Signature.rawToDer(rTooLarge), "r >= n");
    }
}
