package org.govsite.ui.connect;

import java.net.URI;
import java.util.Objects;

/**
 * A platform server the workbench connects to: its display name, level, base URL, the operator who logs in and
 * the fingerprint of the server key pinned when the connection was made. Holds no secret: the operator's key is
 * an encrypted key file ({@link OperatorKeys}), its passphrase and the password live in {@link Secrets}.
 *
 * @param id stable id (key file name, secure storage node)
 * @param pinnedFingerprint SM3 fingerprint of the server's SM2 key, 64 lower-case hex digits
 * @param caCertificate the file of a CA certificate its https trusts besides the JDK's ({@link ConnectionTrust}),
 *        empty: none
 */
public record Connection(String id, String name, PlatformLevel level, URI url, String operator, String pinnedFingerprint,
        String caCertificate) {

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(pinnedFingerprint, "pinnedFingerprint");
        caCertificate = caCertificate == null ? "" : caCertificate; // connections saved before it was asked for
    }
}
