package org.govsite.ui.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.govsite.crypto.KeyFile;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.ui.Messages;

/**
 * The operators' SM2 private keys, one encrypted {@link KeyFile} per connection in a folder of the workspace
 * ({@code keys/<connection id>.key}). Keys come from {@link org.govsite.crypto.Sm2KeyPair#generate()} or are
 * imported from a GovSite key file or an unencrypted PEM ({@code openssl genpkey -algorithm SM2}).
 */
public final class OperatorKeys {

    /** Larger files are no key (a PEM key is about 300 bytes, a key file about 400). */
    private static final long MAX_IMPORT_BYTES = 64 * 1024;

    private final Path folder;

    public OperatorKeys(Path folder) {
        this.folder = folder;
    }

    public Path file(String connectionId) {
        return folder.resolve(connectionId + ".key");
    }

    /** Writes {@code key} encrypted under {@code passphrase} (which {@link KeyFile} wipes). */
    public void store(String connectionId, Sm2PrivateKey key, char[] passphrase) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ConnectionException(NLS.bind(Messages.Keys_writeFailed, folder, e.getMessage()), e);
        }
        KeyFile.write(file(connectionId), key, passphrase);
    }

    /** Makes a copy of the key file {@code keyFile} the connection's key (its passphrase unchanged). */
    public void adopt(String connectionId, Path keyFile) {
        try {
            Files.createDirectories(folder);
            Files.copy(keyFile, file(connectionId), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ConnectionException(NLS.bind(Messages.Keys_writeFailed, file(connectionId), e.getMessage()), e);
        }
    }

    /** Reads the connection's key with {@code passphrase} (wiped); a wrong passphrase throws CryptoException. */
    public Sm2PrivateKey load(String connectionId, char[] passphrase) {
        return KeyFile.read(file(connectionId), passphrase);
    }

    public void delete(String connectionId) {
        try {
            Files.deleteIfExists(file(connectionId));
        } catch (IOException e) {
            throw new ConnectionException(NLS.bind(Messages.Keys_writeFailed, file(connectionId), e.getMessage()), e);
        }
    }

    /**
     * Reads a key to import: a GovSite key file (then {@code passphrase}, wiped, opens it) or an unencrypted PEM
     * private key ({@code passphrase} unused and wiped). Bad files throw with a message naming the file.
     */
    public static Sm2PrivateKey importKey(Path source, char[] passphrase) {
        String text;
        try {
            text = readSmall(source);
        } catch (RuntimeException e) {
            Arrays.fill(passphrase, '\0');
            throw e;
        }
        if (text.contains(KeyFile.PEM_TYPE)) {
            return KeyFile.decrypt(text, passphrase);
        }
        Arrays.fill(passphrase, '\0');
        return Sm2PrivateKey.fromPem(text);
    }

    private static String readSmall(Path source) {
        try {
            if (Files.size(source) > MAX_IMPORT_BYTES) {
                throw new ConnectionException(NLS.bind(Messages.Keys_notAKey, source));
            }
            return Files.readString(source, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new ConnectionException(NLS.bind(Messages.Keys_readFailed, source, e.getMessage()), e);
        }
    }
}
