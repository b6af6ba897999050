package org.govsite.audit.cli;

import java.io.Console;
import java.io.IOException;
import java.util.Arrays;

import org.govsite.client.ClientException;
import org.govsite.client.ClientOptions;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.CryptoException;
import org.govsite.crypto.KeyFile;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.protocol.ErrorCode;

/**
 * Logs a command line in to the platform with both factors (docs/client.md): the operator's SM2 key from its
 * encrypted key file ({@code --key}, docs/crypto.md) and the password, both read before connecting; then the server
 * key, compared (in constant time) with {@code --fingerprint} before anything else is sent; then the login. The
 * passphrase and password arrays are wiped once used. Shared by {@code govsite report} and {@code govsite migrate}.
 */
public final class PlatformLogin {
    private PlatformLogin() {
    }

    /**
     * @param login the login's options, {@link LoginOptions#check() checked}
     * @param console where to ask for a secret no file gives, null: nowhere (a usage error)
     * @return a client logged in as {@code --operator}; the caller closes it (which logs out)
     * @throws UsageException if a secret file is readable by others, empty, or no console to ask on
     * @throws IOException if a secret file cannot be read
     * @throws ClientException if the server key is not the pinned one (nothing else was sent), the server is
     *         unreachable or refuses the login
     * @throws CryptoException if the key file cannot be read, the passphrase is wrong or the file damaged
     */
    public static PlatformClient open(LoginOptions login, Console console) throws UsageException, IOException {
        Secrets secrets = new Secrets(console, login.text());
        Sm2PrivateKey key = KeyFile.read(login.key(), secrets.read(login.passphraseFile(), "--passphrase-file", //$NON-NLS-1$
                login.text().get("AskPassphrase", login.key()))); //$NON-NLS-1$
        char[] password = secrets.read(login.passwordFile(), "--password-file", //$NON-NLS-1$
                login.text().get("AskPassword", login.operator(), login.server())); //$NON-NLS-1$
        PlatformClient client = PlatformClient.open(new ConnectionSettings(login.server().getHost(), login.server(),
                login.operator(), login.fingerprint()), ClientOptions.DEFAULTS.withTrust(login.trust()));
        try {
            client.fetchServerIdentity();
            client.login(password, key);
            return client;
        } catch (RuntimeException e) {
            client.close();
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * @param e a failure of {@link #open} or of a request after it: a {@link CryptoException} (the key file unreadable,
     *        a wrong passphrase, the file damaged) or a {@link ClientException}
     * @return its message: a key file failure names the file; a server key that is not the pinned one says that
     *         nothing was sent (possible impersonation); other client failures name the server
     */
    public static String failure(LoginOptions login, RuntimeException e) {
        if (e instanceof CryptoException) {
            return login.text().get("KeyFailed", login.key(), e.getLocalizedMessage()); //$NON-NLS-1$
        }
        boolean impostor = e instanceof ClientException client && client.code() == ErrorCode.RESP_SERVER_KEY_MISMATCH;
        return login.text().get(impostor ? "ServerKeyMismatch" : "PlatformFailed", login.server(), //$NON-NLS-1$ //$NON-NLS-2$
                e.getLocalizedMessage());
    }
}
