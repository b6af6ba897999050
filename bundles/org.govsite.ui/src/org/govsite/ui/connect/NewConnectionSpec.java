package org.govsite.ui.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;

import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.ui.Messages;

/**
 * What the New Connection wizard collects; the handler persists it after Finish ({@code Connections#add}). The
 * passphrase array is the caller's to wipe ({@link #wipe()}) once it has been used or the wizard was cancelled.
 */
public final class NewConnectionSpec {

    public String name = "";
    public PlatformLevel level = PlatformLevel.PROVINCE;
    public String url = "";
    public String operator = "";
    /** A CA certificate file the server's https certificate chains to, besides the JDK's; empty: none. */
    public String caCertificate = "";
    /** The operator's private key, generated or imported on the key page. */
    public Sm2PrivateKey key;
    /** Passphrase of the new key file; kept in secure storage when {@link #rememberPassphrase}. */
    public char[] passphrase = new char[0];
    public boolean rememberPassphrase = true;
    /** Fingerprint of the server key fetched on the pinning page. */
    public String serverFingerprint;
    /** The operator compared the fingerprint with the one the administrator gave. */
    public boolean fingerprintConfirmed;

    /** The URL's problem, or null: absolute http(s) URL with a host. */
    public static String urlProblem(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Messages.NewConnection_urlInvalid;
            }
            return null;
        } catch (URISyntaxException e) {
            return Messages.NewConnection_urlInvalid;
        }
    }

    public URI uri() {
        return URI.create(url.strip());
    }

    public void wipe() {
        Arrays.fill(passphrase, '\0');
    }
}
