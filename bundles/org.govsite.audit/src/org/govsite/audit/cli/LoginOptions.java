package org.govsite.audit.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLContext;

import org.govsite.audit.export.Texts;

/**
 * How a command logs in to the platform: {@code --server URL --operator NAME --fingerprint HEX --key FILE
 * [--passphrase-file FILE] [--password-file FILE] [--server-ca FILE]...} (docs/reports.md, "On the command line";
 * {@code --server-ca}: CA certificates an https server's certificate may chain to besides the JDK's), shared by
 * {@code govsite report} and {@code govsite migrate}. No secret is an option: the password and the key's passphrase
 * come from files readable only by the user or from the console ({@link Secrets}); {@link PlatformLogin} logs in.
 */
public final class LoginOptions {
    private final Texts text;
    private URI server;
    private String operator;
    private String fingerprint;
    private Path key;
    private Path passphraseFile;
    private Path passwordFile;
    private final List<Path> serverCa = new ArrayList<>();
    private SSLContext trust;

    /** @param args the command line, whose {@code --lang} chooses the messages' language */
    public LoginOptions(List<String> args) {
        text = new Texts("org.govsite.audit.cli.messages", Texts.language(args)); //$NON-NLS-1$
    }

    /**
     * @param option an option of the command line
     * @param it the arguments, its value next
     * @return whether the option is one of the login's (its value read), false for another option
     * @throws UsageException if its value is wrong
     */
    public boolean parse(String option, Arguments it) throws UsageException {
        switch (option) {
        case "--server" -> server = server(it.single(option)); //$NON-NLS-1$
        case "--operator" -> operator = it.single(option); //$NON-NLS-1$
        case "--fingerprint" -> fingerprint = fingerprint(it.single(option)); //$NON-NLS-1$
        case "--key" -> key = it.path(option, it.single(option)); //$NON-NLS-1$
        case "--passphrase-file" -> passphraseFile = it.path(option, it.single(option)); //$NON-NLS-1$
        case "--password-file" -> passwordFile = it.path(option, it.single(option)); //$NON-NLS-1$
        case "--server-ca" -> { //$NON-NLS-1$
            serverCa.add(it.path(option, it.value(option)));
            trust = it.trusting(option, serverCa);
        }
        default -> {
            return false;
        }
        }
        return true;
    }

    /**
     * Checks that the options a login needs are given (with {@code --server}).
     *
     * @throws UsageException naming the first missing option
     */
    public void check() throws UsageException {
        required("--server", server == null); //$NON-NLS-1$
        required("--operator", operator == null); //$NON-NLS-1$
        required("--fingerprint", fingerprint == null); //$NON-NLS-1$
        required("--key", key == null); //$NON-NLS-1$
    }

    private void required(String option, boolean missing) throws UsageException {
        if (missing) {
            throw new UsageException(text.get("MissingOption", option)); //$NON-NLS-1$
        }
    }

    /** @return {@code --server}, null when not given */
    public URI server() {
        return server;
    }

    /** @return {@code --operator} */
    public String operator() {
        return operator;
    }

    /** @return {@code --fingerprint}, lower-cased */
    public String fingerprint() {
        return fingerprint;
    }

    /** @return {@code --key} */
    public Path key() {
        return key;
    }

    /** @return {@code --passphrase-file}, null: ask on the console */
    public Path passphraseFile() {
        return passphraseFile;
    }

    /** @return {@code --password-file}, null: ask on the console */
    public Path passwordFile() {
        return passwordFile;
    }

    /** @return whom https connections to {@code --server} trust: the JDK's and {@code --server-ca}'s; null: the JDK's */
    public SSLContext trust() {
        return trust;
    }

    /** @return the login's messages, in the command line's language */
    public Texts text() {
        return text;
    }

    private URI server(String value) throws UsageException {
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) { //$NON-NLS-1$ //$NON-NLS-2$
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException(text.get("BadServer", value)); //$NON-NLS-1$
    }

    private String fingerprint(String value) throws UsageException {
        if (!value.matches("[0-9a-fA-F]{64}")) { //$NON-NLS-1$
            throw new UsageException(text.get("BadFingerprint", value)); //$NON-NLS-1$
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
