package org.govsite.crypto.tests;

import static org.govsite.crypto.tests.LocalizedMessages.assertMessage;
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
        assertMessage("KEYFILE_DECRYPT", error);
        assertMessage("KEYFILE_EMPTY_PASSPHRASE", assertThrows(CryptoException.class, () -> KeyFile.decrypt(FILE, new char[0])));
        assertMessage("KEYFILE_EMPTY_PASSPHRASE", assertThrows(CryptoException.class, () -> KeyFile.encrypt(KEY, new char[0])));
    }

    @Test
    void everyAlteredFieldIsDetected() {
        byte[] file = binary(FILE);
        byte[] badMagic = file.clone();
        badMagic[0] = 'H';
        assertMessage("KEYFILE_FORMAT", assertThrows(CryptoException.class, () -> KeyFile.decrypt(text(badMagic), passphrase())));
        // unknown KDF, iteration count far too large, salt shorter than 16, unknown cipher: refused before deriving
        int[][] parameterChanges = { { 5, 2 }, { 6, 0x7F }, { 10, 15 }, { 27, 2 } };
        for (int[] change : parameterChanges) {
            byte[] altered = file.clone();
            altered[change[0]] = (byte) change[1];
            int saltLength = Byte.toUnsignedInt(altered[10]);
            assertMessage("KEYFILE_PARAMETERS", assertThrows(CryptoException.class, () -> KeyFile.decrypt(text(altered), passphrase())),
                    Byte.toUnsignedInt(altered[5]), Byte.toUnsignedInt(altered[11 + saltLength]), Integer.toUnsignedLong(ByteBuffer.wrap(altered).getInt(6)), saltLength);
        }
        // low iteration byte, salt, nonce, ciphertext, tag: the derived key or the GCM tag no longer matches
        int[] authenticatedPositions = { 9, 11, 26, 28, 39, 40, file.length / 2, file.length - 17, file.length - 16, file.length - 1 };
        for (int position : authenticatedPositions) {
            byte[] altered = file.clone();
            altered[position] ^= 0x01;
            assertMessage("KEYFILE_DECRYPT", assertThrows(CryptoException.class, () -> KeyFile.decrypt(text(altered), passphrase())));
        }
    }

    @Test
    void truncatedFilesAreDetected() {
        byte[] file = binary(FILE);
        // within the header or too short for nonce, one byte and tag: refused as not a (complete) key file
        for (int length : new int[] { 0, 3, 5, 9, 11, 27, 28, 40, 56 }) {
            byte[] truncated = Arrays.copyOf(file, length);
            assertMessage("KEYFILE_FORMAT", assertThrows(CryptoException.class, () -> KeyFile.decrypt(text(truncated), passphrase())));
        }
        // cut within ciphertext or tag: only the tag can tell
        for (int length : new int[] { file.length - 16, file.length - 1 }) {
            byte[] truncated = Arrays.copyOf(file, length);
            assertMessage("KEYFILE_DECRYPT", assertThrows(CryptoException.class, () -> KeyFile.decrypt(text(truncated), passphrase())));
        }
        assertMessage("KEYFILE_FORMAT", assertThrows(CryptoException.class,
                () -> KeyFile.decrypt(FILE.substring(0, FILE.length() / 2), passphrase())), "text cut");
        assertMessage("KEYFILE_FORMAT", assertThrows(CryptoException.class, () -> KeyFile.decrypt(KEY.toPem(), passphrase())));
    }

    @Test
    void otherVersionsAreRefusedWithTheirNumber() {
        byte[] file = binary(FILE);
        file[4] = 2;
        assertMessage("KEYFILE_VERSION", assertThrows(CryptoException.class, () -> KeyFile.decrypt(text(file), passphrase())), 2, 1);
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
    void writesWithTheIterationsAskedAndKeepsThePreviousFileWhenTheyAreOutOfBounds(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("demo.key");
        KeyFile.write(file, KEY, passphrase(), KeyFile.MIN_ITERATIONS);
        String written = Files.readString(file);
        assertEquals(KeyFile.MIN_ITERATIONS, ByteBuffer.wrap(binary(written)).getInt(6), "iterations");
        assertArrayEquals(KEY.toScalar(), KeyFile.read(file, passphrase()).toScalar());
        assertThrows(IllegalArgumentException.class, () -> KeyFile.write(file, KEY, passphrase(), KeyFile.MIN_ITERATIONS - 1));
        assertEquals(written, Files.readString(file), "the previous file is left as it was");
    }

    @Test
    void unreadableFilesFailClearly(@TempDir Path folder) throws IOException {
        char[] forMissing = passphrase();
        CryptoException missing = assertThrows(CryptoException.class, () -> KeyFile.read(folder.resolve("missing.key"), forMissing));
        assertMessage("KEYFILE_MISSING", missing, folder.resolve("missing.key").toAbsolutePath());
        assertArrayEquals(new char[forMissing.length], forMissing, "passphrase not wiped after a read error");
        Path binaryFile = folder.resolve("binary.key");
        Files.write(binaryFile, new byte[] { (byte) 0xFF, 0, (byte) 0xC3, 0x28 });
        assertMessage("KEYFILE_FORMAT", assertThrows(CryptoException.class, () -> KeyFile.read(binaryFile, passphrase())));
        Path huge = folder.resolve("huge.key");
        Files.write(huge, new byte[1024 * 1024]);
        assertMessage("KEYFILE_FORMAT", assertThrows(CryptoException.class, () -> KeyFile.read(huge, passphrase())));
    }
}
