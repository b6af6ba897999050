package org.govsite.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.KeyFile;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {
    private static final String PASSPHRASE = "省平台 operator key 2026!";
    private static final Sm2PrivateKey KEY = Sm2KeyPair.generate().privateKey();
    /** Made once with the fewest iterations, so that the many failing decryptions below stay quick. */
    private static final String FILE = KeyFile.encrypt(KEY, PASSPHRASE.toCharArray(), KeyFile.MIN_ITERATIONS);
    private static final String BEGIN = "-----BEGIN " + KeyFile.PEM_TYPE + "-----\n";
    private static final String END = "-----END " + KeyFile.PEM_TYPE + "-----\n";

    private static byte[] binary(String text) {
        return Base64.getMimeDecoder().decode(text.substring(BEGIN.length(), text.length() - END.length()));
    }

    private static String text(byte[] binary) {
        return BEGIN + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(binary) + "\n" + END;
    }

    private static char[] passphrase() {
        return PASSPHRASE.toCharArray();
    }

    @Test
    void roundTripRestoresTheKeyAndWipesThePassphrase() {
        char[] forEncrypt = passphrase();
        String file = KeyFile.encrypt(KEY, forEncrypt);
        assertArrayEquals(new char[forEncrypt.length], forEncrypt, "passphrase not wiped after encrypt");
        char[] forDecrypt = passphrase();
        Sm2PrivateKey restored = KeyFile.decrypt(file, forDecrypt);
        assertArrayEquals(new char[forDecrypt.length], forDecrypt, "passphrase not wiped after decrypt");
        assertArrayEquals(KEY.toScalar(), restored.toScalar());
        assertEquals(KEY.publicKey(), restored.publicKey());
    }

    @Test
    void binaryLayoutIsTheDocumentedVersion1() {
        byte[] file = binary(KeyFile.encrypt(KEY, passphrase()));
        ByteBuffer in = ByteBuffer.wrap(file);
        byte[] magic = new byte[4];
        in.get(magic);
        assertEquals("GSKF", new String(magic, StandardCharsets.US_ASCII));
        assertEquals(1, in.get(), "version");
        assertEquals(1, in.get(), "KDF PBKDF2-HMAC-SM3");
        assertEquals(KeyFile.DEFAULT_ITERATIONS, in.getInt(), "iterations");
        assertTrue(KeyFile.DEFAULT_ITERATIONS >= 100_000);
        assertEquals(16, in.get(), "salt length");
        in.position(in.position() + 16);
        assertEquals(1, in.get(), "cipher SM4-GCM");
        assertEquals(28 + 12 + KEY.toPkcs8().length + 16, file.length, "header, nonce, PKCS#8 ciphertext, tag");
    }

    @Test
    void saltAndNonceAreFreshEachTime() {
        byte[] first = binary(FILE);
        byte[] second = binary(KeyFile.encrypt(KEY, passphrase(), KeyFile.MIN_ITERATIONS));
        assertNotEquals(Arrays.toString(Arrays.copyOfRange(first, 11, 27)), Arrays.toString(Arrays.copyOfRange(second, 11, 27)), "salt");
        assertNotEquals(Arrays.toString(Arrays.copyOfRange(first, 28, 40)), Arrays.toString(Arrays.copyOfRange(second, 28, 40)), "nonce");
    }

    @Test
    void wrongPassphraseFailsClearlyAndWipes() {
        char[] wrong = "省平台 operator key 2025!".toCharArray();
        CryptoException error = assertThrows(CryptoException.class, () -> KeyFile.decrypt(FILE, wrong));
        assertArrayEquals(new char[wrong.length], wrong, "passphrase not wiped after failure");
        assertTrue(error.getMessage().length() > 5, error.getMessage());
        assertThrows(CryptoException.class, () -> KeyFile.decrypt(FILE, new char[0]), "empty passphrase");
        assertThrows(CryptoException.class, () -> KeyFile.encrypt(KEY, new char[0]), "empty passphrase");
    }

    @Test
    void everyAlteredFieldIsDetected() {
        byte[] file = binary(FILE);
        int[] positions = { 0, 3, 4, 5, 6, 9, 10, 11, 26, 27, 28, 39, 40, file.length / 2, file.length - 17, file.length - 16, file.length - 1 };
        for (int position : positions) {
            byte[] altered = file.clone();
            altered[position] ^= 0x01;
            assertThrows(CryptoException.class, () -> KeyFile.decrypt(text(altered), passphrase()), "altered byte " + position);
        }
    }

    @Test
    void truncatedFilesAreDetected() {
        byte[] file = binary(FILE);
        for (int length : new int[] { 0, 3, 5, 9, 11, 27, 28, 40, 56, file.length - 16, file.length - 1 }) {
            byte[] truncated = Arrays.copyOf(file, length);
            assertThrows(CryptoException.class, () -> KeyFile.decrypt(text(truncated), passphrase()), "length " + length);
        }
        assertThrows(CryptoException.class, () -> KeyFile.decrypt(FILE.substring(0, FILE.length() / 2), passphrase()), "text cut");
        assertThrows(CryptoException.class, () -> KeyFile.decrypt(KEY.toPem(), passphrase()), "plain PEM key");
    }

    @Test
    void otherVersionsAreRefusedWithTheirNumber() {
        byte[] file = binary(FILE);
        file[4] = 2;
        CryptoException error = assertThrows(CryptoException.class, () -> KeyFile.decrypt(text(file), passphrase()));
        assertTrue(error.getMessage().contains("2"), error.getMessage());
    }

    @Test
    void iterationCountIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> KeyFile.encrypt(KEY, passphrase(), KeyFile.MIN_ITERATIONS - 1));
        assertThrows(IllegalArgumentException.class, () -> KeyFile.encrypt(KEY, passphrase(), KeyFile.MAX_ITERATIONS + 1));
        byte[] file = binary(FILE);
        ByteBuffer.wrap(file).putInt(6, Integer.MAX_VALUE); // a forged count must not make us derive for hours
        assertThrows(CryptoException.class, () -> KeyFile.decrypt(text(file), passphrase()));
    }

    @Test
    void writesOwnerOnlyFilesAtomicallyAndReadsThemBack(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("operator.key");
        Files.writeString(file, "previous content");
        KeyFile.write(file, KEY, passphrase());
        assertTrue(Files.readString(file).startsWith(BEGIN));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (var entries = Files.list(folder)) {
            assertEquals(1, entries.count(), "temporary file left behind");
        }
        assertArrayEquals(KEY.toScalar(), KeyFile.read(file, passphrase()).toScalar());
    }

    @Test
    void unreadableFilesFailClearly(@TempDir Path folder) throws IOException {
        char[] forMissing = passphrase();
        CryptoException missing = assertThrows(CryptoException.class, () -> KeyFile.read(folder.resolve("missing.key"), forMissing));
        assertTrue(missing.getMessage().contains("missing.key"), missing.getMessage());
        assertArrayEquals(new char[forMissing.length], forMissing, "passphrase not wiped after a read error");
        Path binaryFile = folder.resolve("binary.key");
        Files.write(binaryFile, new byte[] { (byte) 0xFF, 0, (byte) 0xC3, 0x28 });
        assertThrows(CryptoException.class, () -> KeyFile.read(binaryFile, passphrase()));
        Path huge = folder.resolve("huge.key");
        Files.write(huge, new byte[1024 * 1024]);
        assertThrows(CryptoException.class, () -> KeyFile.read(huge, passphrase()));
    }
}
