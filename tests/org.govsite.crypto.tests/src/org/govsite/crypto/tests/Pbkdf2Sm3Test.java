package org.govsite.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.govsite.crypto.Pbkdf2Sm3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pbkdf2Sm3Test {
    private static final byte[] SALT = Sm2Vectors.hex("00112233445566778899aabbccddeeff");

    @Test
    void matchesOpenSslKdfWithUtf8Passphrase(@TempDir Path folder) {
        OpenSsl.assumeAvailable();
        OpenSsl openssl = new OpenSsl(folder);
        String passphrase = "政务网站 passphrase 2026";
        // 16 bytes is within the first HMAC block of output, 40 needs two (the block index must be right)
        for (int length : new int[] { 16, 40 }) {
            String out = "kdf" + length;
            openssl.run("kdf", "-keylen", Integer.toString(length), "-kdfopt", "digest:SM3",
                    "-kdfopt", "hexpass:" + OpenSsl.hex(passphrase.getBytes(StandardCharsets.UTF_8)),
                    "-kdfopt", "hexsalt:" + OpenSsl.hex(SALT), "-kdfopt", "iter:1000", "-binary", "-out", out, "PBKDF2");
            assertArrayEquals(openssl.read(out), Pbkdf2Sm3.derive(passphrase.toCharArray(), SALT, 1000, length));
        }
    }

    @Test
    void leavesTheCallersPassphraseAlone() {
        char[] passphrase = "secret".toCharArray();
        Pbkdf2Sm3.derive(passphrase, SALT, 1, 16);
        assertArrayEquals("secret".toCharArray(), passphrase);
    }

    @Test
    void rejectsNonPositiveParameters() {
        assertThrows(IllegalArgumentException.class, () -> Pbkdf2Sm3.derive("x".toCharArray(), SALT, 0, 16));
        assertThrows(IllegalArgumentException.class, () -> Pbkdf2Sm3.derive("x".toCharArray(), SALT, 1, 0));
    }
}
