package org.govsite.report.cli;

import java.io.IOException;
import java.util.Arrays;

import org.govsite.audit.cli.UsageException;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.KeyFile;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.report.ReportTexts;

/**
 * Logs the command line in to the platform with both factors (docs/client.md): the operator's SM2 key from its
 * encrypted key file ({@code --key}, docs/crypto.md) and the password, both read before connecting; then the server
 * key, compared (in constant time) with {@code --fingerprint} before anything else is sent; then the login. The
 * passphrase and password arrays are wiped once used.
 */
final class PlatformLogin {
    private PlatformLogin() {
    }

    /**
     * @return a client logged in as {@code --operator}; the caller closes it (which logs out)
     * @throws org.govsite.client.ClientException if the server key is not the pinned one (nothing else was sent),
     *         the server is unreachable or refuses the login
     * @throws org.govsite.crypto.CryptoException if the key file cannot be read, the passphrase is wrong or the file
     *         damaged
     */
    static PlatformClient open(ReportOptions.Login login, Secrets secrets, ReportTexts text)
            throws UsageException, IOException {
        Sm2PrivateKey key = KeyFile.read(login.key, secrets.read(login.passphraseFile, "--passphrase-file", //$NON-NLS-1$
                text.get("Cli_askPassphrase", login.key))); //$NON-NLS-1$
        char[] password = secrets.read(login.passwordFile, "--password-file", //$NON-NLS-1$
                text.get("Cli_askPassword", login.operator, login.server)); //$NON-NLS-1$
        PlatformClient client = PlatformClient.open(new ConnectionSettings(login.server.getHost(), login.server,
                login.operator, login.fingerprint));
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
}
