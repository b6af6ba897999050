package org.govsite.ui.connect;

import java.util.List;

import javax.net.ssl.SSLContext;

import org.govsite.audit.crawl.TrustedCertificates;
import org.govsite.client.ClientOptions;

/**
 * Whom a connection's https trusts: the JDK's authorities and, when the connection names one, the CA certificate
 * file (PEM or DER, one or several certificates) of a provincial or 政务外网 CA the JDK lacks, read as the audits read
 * theirs ({@link TrustedCertificates}).
 */
public final class ConnectionTrust {
    private ConnectionTrust() {
    }

    /**
     * @param caCertificate the file's path, empty: none
     * @return the client options trusting it
     * @throws ConnectionException with the reason in the workbench's language when the file is missing, unreadable or
     *         holds no certificate
     */
    public static ClientOptions options(String caCertificate) {
        if (caCertificate.isBlank()) {
            return ClientOptions.DEFAULTS;
        }
        try {
            SSLContext trust = TrustedCertificates.sslContext(TrustedCertificates.paths(List.of(caCertificate.strip())));
            return ClientOptions.DEFAULTS.withTrust(trust);
        } catch (TrustedCertificates.FileException e) {
            throw new ConnectionException(e.getLocalizedMessage(), e);
        }
    }

    /**
     * @return why {@code caCertificate} cannot be used, in the workbench's language; null when it can (or is empty).
     *         Reads the file only ({@link TrustedCertificates#problem}): the wizard checks it at every keystroke.
     */
    public static String problem(String caCertificate) {
        return caCertificate.isBlank() ? null : TrustedCertificates.problem(caCertificate.strip()).orElse(null);
    }
}
