package org.govsite.crypto.tests;

import static org.govsite.crypto.tests.Sm2Vectors.concat;
import static org.govsite.crypto.tests.Sm2Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm4;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sm4Test {
    /** GB/T 32907-2016 Appendix A: key and plaintext of both examples. */
    private static final byte[] KEY = hex("0123456789abcdeffedcba9876543210");
    private static final byte[] ZERO_IV = new byte[Sm4.BLOCK_LENGTH];
    private static final byte[] PLAINTEXT = "SM4 protects the platform's data".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AAD = "site:zj-gov-0001".getBytes(StandardCharsets.UTF_8);

    /** One SM4 block encryption: the first CBC block under a zero IV is E(K, P). */
    private static byte[] encryptBlock(byte[] key, byte[] block) {
        return Arrays.copyOf(Sm4.encryptCbc(key, ZERO_IV, block), Sm4.BLOCK_LENGTH);
    }

    @Test
    void publishedExample1() {
        assertEquals("681edf34d206965e86b3e94f536e4246", OpenSsl.hex(encryptBlock(KEY, KEY)));
    }

    @Test
    void publishedExample2MillionEncryptions() {
        byte[] block = KEY;
        for (int i = 0; i < 1_000_000; i++) {
            block = encryptBlock(KEY, block);
        }
        assertEquals("595298c7c6fd271f0402f804c33d3f66", OpenSsl.hex(block));
    }

    @Test
    void gcmDecryptsRfc8998Example() {
        // RFC 8998 Appendix A.1 (SM4-GCM): nonce || ciphertext || tag is this class's sealed format
        byte[] nonce = hex("00001234567800000000ABCD");
        byte[] aad = hex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
        byte[] plaintext = hex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                + "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
        byte[] ciphertext = hex("17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
                + "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D");
        byte[] tag = hex("83DE3541E4C2B58177E065A9BF7B62EC");
        assertArrayEquals(plaintext, Sm4.decryptGcm(KEY, concat(nonce, ciphertext, tag), aad));
    }

    @Test
    void gcmRoundTripWithFreshNonces() {
        byte[] key = Sm4.newKey();
        byte[] first = Sm4.encryptGcm(key, PLAINTEXT, AAD);
        byte[] second = Sm4.encryptGcm(key, PLAINTEXT, AAD);
        assertEquals(Sm4.GCM_NONCE_LENGTH + PLAINTEXT.length + Sm4.GCM_TAG_LENGTH, first.length);
        assertFalse(Arrays.equals(Arrays.copyOf(first, 12), Arrays.copyOf(second, 12)), "nonce repeated");
        assertArrayEquals(PLAINTEXT, Sm4.decryptGcm(key, first, AAD));
        assertArrayEquals(PLAINTEXT, Sm4.decryptGcm(key, second, AAD));
        assertArrayEquals(new byte[0], Sm4.decryptGcm(key, Sm4.encryptGcm(key, new byte[0])));
        assertArrayEquals(PLAINTEXT, Sm4.decryptGcm(key, Sm4.encryptGcm(key, PLAINTEXT)));
    }

    @Test
    void gcmRejectsEveryAlteration() {
        byte[] key = Sm4.newKey();
        byte[] sealed = Sm4.encryptGcm(key, PLAINTEXT, AAD);
        // a byte of the nonce, of the ciphertext and of the tag
        for (int position : new int[] { 0, 11, 12, sealed.length - 17, sealed.length - 16, sealed.length - 1 }) {
            byte[] altered = sealed.clone();
            altered[position] ^= 0x40;
            assertThrows(CryptoException.class, () -> Sm4.decryptGcm(key, altered, AAD), "altered byte " + position);
        }
        assertThrows(CryptoException.class, () -> Sm4.decryptGcm(key, sealed, "site:other".getBytes(StandardCharsets.UTF_8)));
        assertThrows(CryptoException.class, () -> Sm4.decryptGcm(key, sealed), "associated data missing");
        assertThrows(CryptoException.class, () -> Sm4.decryptGcm(Sm4.newKey(), sealed, AAD), "other key");
        assertThrows(CryptoException.class, () -> Sm4.decryptGcm(key, Arrays.copyOf(sealed, sealed.length - 1), AAD));
        assertThrows(CryptoException.class, () -> Sm4.decryptGcm(key, Arrays.copyOf(sealed, 27), AAD), "shorter than nonce and tag");
    }

    @Test
    void rejectsWrongKeyAndIvLengths() {
        assertThrows(IllegalArgumentException.class, () -> Sm4.encryptGcm(new byte[15], PLAINTEXT));
        assertThrows(IllegalArgumentException.class, () -> Sm4.decryptGcm(new byte[17], new byte[40]));
        assertThrows(IllegalArgumentException.class, () -> Sm4.encryptCbc(KEY, new byte[12], PLAINTEXT));
    }

    @Test
    void cbcRoundTripPadsToWholeBlocks() {
        byte[] iv = Sm4.newIv();
        for (int length : new int[] { 0, 1, 15, 16, 17, 33 }) {
            byte[] plaintext = Arrays.copyOf(PLAINTEXT, length);
            byte[] ciphertext = Sm4.encryptCbc(KEY, iv, plaintext);
            assertEquals((length / 16 + 1) * 16, ciphertext.length, "PKCS#7 always adds 1 to 16 bytes");
            assertArrayEquals(plaintext, Sm4.decryptCbc(KEY, iv, ciphertext));
        }
    }

    @Test
    void cbcRejectsLengthsThatAreNoWholeBlocks() {
        byte[] ciphertext = Sm4.encryptCbc(KEY, ZERO_IV, PLAINTEXT);
        assertThrows(CryptoException.class, () -> Sm4.decryptCbc(KEY, ZERO_IV, new byte[0]));
        assertThrows(CryptoException.class, () -> Sm4.decryptCbc(KEY, ZERO_IV, Arrays.copyOf(ciphertext, ciphertext.length - 1)));
    }

    @Test
    void cbcInteroperatesWithOpenSslEnc(@TempDir Path folder) {
        OpenSsl.assumeAvailable();
        OpenSsl openssl = new OpenSsl(folder);
        byte[] key = Sm4.newKey();
        byte[] iv = Sm4.newIv();
        Random random = new Random(32907);
        for (int length : new int[] { 0, 1, 16, 1000 }) {
            byte[] plaintext = new byte[length];
            random.nextBytes(plaintext);
            String javaCiphertext = openssl.write("java" + length + ".enc", Sm4.encryptCbc(key, iv, plaintext));
            openssl.run("enc", "-d", "-sm4-cbc", "-K", OpenSsl.hex(key), "-iv", OpenSsl.hex(iv), "-in", javaCiphertext,
                    "-out", "java" + length + ".dec");
            assertArrayEquals(plaintext, openssl.read("java" + length + ".dec"), "OpenSSL decrypts Java, length " + length);

            String plainFile = openssl.write("plain" + length, plaintext);
            openssl.run("enc", "-sm4-cbc", "-K", OpenSsl.hex(key), "-iv", OpenSsl.hex(iv), "-in", plainFile, "-out",
                    "openssl" + length + ".enc");
            byte[] opensslCiphertext = openssl.read("openssl" + length + ".enc");
            assertArrayEquals(plaintext, Sm4.decryptCbc(key, iv, opensslCiphertext), "Java decrypts OpenSSL, length " + length);
            assertArrayEquals(opensslCiphertext, openssl.read(javaCiphertext), "same ciphertext, length " + length);
        }
    }
}
