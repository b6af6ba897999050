package org.govsite.crypto;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.bouncycastle.util.io.pem.PemObject;

/**
 * An SM2 private key encrypted with a passphrase, for storage at rest. The format (version 1) is specified byte by
 * byte in docs/crypto.md: a PEM-style text block of type {@value #PEM_TYPE} holding
 *
 * <pre>
 * "GSKF" | version 0x01 | KDF 0x01 | iterations (uint32 BE) | salt length S | salt (S) | cipher 0x01 | nonce (12) | ciphertext | tag (16)
 * </pre>
 *
 * The key-encryption key is PBKDF2-HMAC-SM3(UTF-8(passphrase), salt, iterations, 16 bytes); the ciphertext is
 * SM4-GCM of the key's PKCS#8 DER, with every byte before the nonce as associated data, so no header byte can be
 * changed unnoticed.
 * <p>
 * Every method wipes the caller's {@code passphrase} array (fills it with zeros) before returning, whether it
 * succeeds or fails. A wrong passphrase, an altered byte or a truncated file gives a {@link CryptoException} and
 * never a key.
 */
public final class KeyFile {
    /** PEM type of the text block. */
    public static final String PEM_TYPE = "GOVSITE ENCRYPTED SM2 PRIVATE KEY"; //$NON-NLS-1$
    /** Iterations used by {@link #encrypt(Sm2PrivateKey, char[])}: about 0.55 s on a 2-core build machine once warm. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewest iterations written or accepted. */
    public static final int MIN_ITERATIONS = 100_000;
    /** Most iterations written or accepted (bounds the work a forged file can cause). */
    public static final int MAX_ITERATIONS = 10_000_000;
    /** The format version this class writes and reads. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = { 'G', 'S', 'K', 'F' };
    private static final byte KDF_PBKDF2_HMAC_SM3 = 1;
    private static final byte CIPHER_SM4_GCM = 1;
    private static final int SALT_LENGTH = 16;
    private static final int MAX_SALT_LENGTH = 64;
    private static final int MAX_FILE_BYTES = 64 * 1024;

    private KeyFile() {
    }

    /** @return the key file text of {@code key} with {@link #DEFAULT_ITERATIONS}; wipes {@code passphrase} */
    public static String encrypt(Sm2PrivateKey key, char[] passphrase) {
        return encrypt(key, passphrase, DEFAULT_ITERATIONS);
    }

    /**
     * @param iterations PBKDF2 iterations, {@link #MIN_ITERATIONS} to {@link #MAX_ITERATIONS}
     * @return the key file text of {@code key}; wipes {@code passphrase}
     * @throws CryptoException if the passphrase is empty
     */
    public static String encrypt(Sm2PrivateKey key, char[] passphrase, int iterations) {
        try {
            if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("iterations must be between " + MIN_ITERATIONS + " and " + MAX_ITERATIONS); //$NON-NLS-1$ //$NON-NLS-2$
            }
            requirePassphrase(passphrase);
            byte[] salt = CryptoRandom.bytes(SALT_LENGTH);
            byte[] header = ByteBuffer.allocate(headerLength(SALT_LENGTH)).put(MAGIC).put((byte) VERSION)
                    .put(KDF_PBKDF2_HMAC_SM3).putInt(iterations).put((byte) SALT_LENGTH).put(salt).put(CIPHER_SM4_GCM)
                    .array();
            byte[] kek = Pbkdf2Sm3.derive(passphrase, salt, iterations, Sm4.KEY_LENGTH);
            byte[] pkcs8 = key.toPkcs8();
            try {
                byte[] sealed = Sm4.encryptGcm(kek, pkcs8, header);
                byte[] file = Arrays.copyOf(header, header.length + sealed.length);
                System.arraycopy(sealed, 0, file, header.length, sealed.length);
                return Pem.encode(PEM_TYPE, file);
            } finally {
                Arrays.fill(kek, (byte) 0);
                Arrays.fill(pkcs8, (byte) 0);
            }
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * @param text key file text as {@link #encrypt(Sm2PrivateKey, char[])} returns it (text around the block is ignored)
     * @return the private key; wipes {@code passphrase}
     * @throws CryptoException if the text is not a complete key file of a supported version, the passphrase is
     *         wrong, or the file was altered
     */
    public static Sm2PrivateKey decrypt(String text, char[] passphrase) {
        try {
            requirePassphrase(passphrase);
            byte[] file = content(text);
            Header header = Header.parse(file);
            byte[] kek = Pbkdf2Sm3.derive(passphrase, header.salt(), header.iterations(), Sm4.KEY_LENGTH);
            byte[] pkcs8;
            try {
                pkcs8 = Sm4.decryptGcm(kek, Arrays.copyOfRange(file, header.length(), file.length),
                        Arrays.copyOf(file, header.length()));
            } catch (CryptoException e) {
                throw new CryptoException(Messages.KEYFILE_DECRYPT, e);
            } finally {
                Arrays.fill(kek, (byte) 0);
            }
            try {
                return Sm2PrivateKey.fromPkcs8(pkcs8);
            } finally {
                Arrays.fill(pkcs8, (byte) 0);
            }
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * Writes the key file of {@code key} with {@link #DEFAULT_ITERATIONS}, replacing {@code file} atomically (a
     * temporary file in the same folder, readable by the owner only on POSIX systems, is synced and renamed);
     * wipes {@code passphrase}.
     *
     * @throws CryptoException if the file cannot be written (the previous file, if any, is left as it was)
     */
    public static void write(Path file, Sm2PrivateKey key, char[] passphrase) {
        write(file, key, passphrase, DEFAULT_ITERATIONS);
    }

    /**
     * {@link #write(Path, Sm2PrivateKey, char[])} with {@code iterations} ({@link #MIN_ITERATIONS} to
     * {@link #MAX_ITERATIONS}) of the passphrase's key derivation.
     */
    public static void write(Path file, Sm2PrivateKey key, char[] passphrase, int iterations) {
        byte[] bytes = encrypt(key, passphrase, iterations).getBytes(StandardCharsets.US_ASCII);
        Path target = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp"); //$NON-NLS-1$
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new CryptoException(Messages.bind(Messages.KEYFILE_WRITE, target, e.getMessage()), e);
        }
    }

    /**
     * @return the private key in the key file {@code file}; wipes {@code passphrase}
     * @throws CryptoException if the file cannot be read, is no complete key file, the passphrase is wrong, or the
     *         file was altered
     */
    public static Sm2PrivateKey read(Path file, char[] passphrase) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CryptoException(Messages.KEYFILE_FORMAT);
            }
            return decrypt(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), passphrase);
        } catch (NoSuchFileException e) {
            throw new CryptoException(Messages.bind(Messages.KEYFILE_MISSING, file.toAbsolutePath()), e);
        } catch (IOException e) {
            throw new CryptoException(Messages.bind(Messages.KEYFILE_READ, file.toAbsolutePath(), e.getMessage()), e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static void requirePassphrase(char[] passphrase) {
        if (passphrase.length == 0) {
            throw new CryptoException(Messages.KEYFILE_EMPTY_PASSPHRASE);
        }
    }

    private static byte[] content(String text) {
        PemObject block;
        try {
            block = Pem.readBlock(text);
        } catch (IOException e) {
            throw new CryptoException(Messages.KEYFILE_FORMAT, e);
        }
        if (block == null || !PEM_TYPE.equals(block.getType())) {
            throw new CryptoException(Messages.KEYFILE_FORMAT);
        }
        return block.getContent();
    }

    private static int headerLength(int saltLength) {
        return MAGIC.length + 1 + 1 + Integer.BYTES + 1 + saltLength + 1;
    }

    /** The authenticated header: everything before the nonce. */
    private record Header(int iterations, byte[] salt, int length) {
        static Header parse(byte[] file) {
            ByteBuffer in = ByteBuffer.wrap(file);
            try {
                byte[] magic = new byte[MAGIC.length];
                in.get(magic);
                if (!Arrays.equals(magic, MAGIC)) {
                    throw new CryptoException(Messages.KEYFILE_FORMAT);
                }
                int version = Byte.toUnsignedInt(in.get());
                if (version != VERSION) {
                    throw new CryptoException(Messages.bind(Messages.KEYFILE_VERSION, version, VERSION));
                }
                int kdf = Byte.toUnsignedInt(in.get());
                long iterations = Integer.toUnsignedLong(in.getInt());
                byte[] salt = new byte[Byte.toUnsignedInt(in.get())];
                in.get(salt);
                int cipher = Byte.toUnsignedInt(in.get());
                if (kdf != KDF_PBKDF2_HMAC_SM3 || cipher != CIPHER_SM4_GCM || iterations < MIN_ITERATIONS
                        || iterations > MAX_ITERATIONS || salt.length < SALT_LENGTH || salt.length > MAX_SALT_LENGTH) {
                    throw new CryptoException(Messages.bind(Messages.KEYFILE_PARAMETERS,
                            new Object[] { kdf, cipher, iterations, salt.length }));
                }
                if (in.remaining() < Sm4.GCM_NONCE_LENGTH + Sm4.GCM_TAG_LENGTH + 1) {
                    throw new CryptoException(Messages.KEYFILE_FORMAT);
                }
                return new Header((int) iterations, salt, in.position());
            } catch (BufferUnderflowException e) {
                throw new CryptoException(Messages.KEYFILE_FORMAT, e);
            }
        }
    }
}
