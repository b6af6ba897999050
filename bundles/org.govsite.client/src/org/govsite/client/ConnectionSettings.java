package org.govsite.client;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

import org.govsite.crypto.Sm3;

/**
 * How to reach one platform server as one operator (the workbench keeps one per connection).
 *
 * @param name the connection's display name, e.g. "浙江省平台"
 * @param baseUri {@code http(s)://host[:port]} of the server (a path prefix is kept: a proxy may serve it there)
 * @param operator the operator's login name
 * @param pinnedFingerprint the server key fingerprint pinned on first connection (64 hex digits, stored lower case),
 *        or null before the first connection
 */
public record ConnectionSettings(String name, URI baseUri, String operator, String pinnedFingerprint) {

    /** @throws IllegalArgumentException if the URI is not an absolute http(s) URI or the fingerprint is malformed */
    public ConnectionSettings {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(operator, "operator"); //$NON-NLS-1$
        String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!(scheme.equals("http") || scheme.equals("https")) || baseUri.getHost() == null //$NON-NLS-1$ //$NON-NLS-2$
                || baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
            throw new IllegalArgumentException("base URI must be http(s)://host[:port][/path]: " + baseUri); //$NON-NLS-1$
        }
        if (pinnedFingerprint != null) {
            pinnedFingerprint = pinnedFingerprint.strip().toLowerCase(Locale.ROOT);
            if (!Sm3.HEX_DIGEST.matcher(pinnedFingerprint).matches()) {
                throw new IllegalArgumentException("a fingerprint is 64 hex digits: " + pinnedFingerprint); //$NON-NLS-1$
            }
        }
    }

    /** @return these settings with {@code fingerprint} pinned (after the operator compared it on first connection) */
    public ConnectionSettings withPinnedFingerprint(String fingerprint) {
        return new ConnectionSettings(name, baseUri, operator, fingerprint);
    }
}
