package org.govsite.client;

import java.time.Duration;

import javax.net.ssl.SSLContext;

/**
 * Transport settings of a {@link PlatformClient}.
 *
 * @param connectTimeout how long to wait for a TCP connection (then the server counts as offline)
 * @param responseTimeout how long to wait for data of an answer (then offline too)
 * @param maxConnections size of the connection pool to the server (threads beyond it wait for a connection)
 * @param trust whom {@code https} connections trust (e.g. a provincial or 政务外网 CA the JDK lacks), or {@code null}:
 *        the JDK's default trust store
 */
public record ClientOptions(Duration connectTimeout, Duration responseTimeout, int maxConnections, SSLContext trust) {
    /** 5 s to connect, 60 s for an answer, 8 pooled connections, the JDK's trust. */
    public static final ClientOptions DEFAULTS = new ClientOptions(Duration.ofSeconds(5), Duration.ofSeconds(60), 8);

    /** @throws IllegalArgumentException for non-positive values */
    public ClientOptions {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || responseTimeout.isNegative()
                || responseTimeout.isZero() || maxConnections < 1) {
            throw new IllegalArgumentException("timeouts and pool size must be positive"); //$NON-NLS-1$
        }
    }

    /** Options with the JDK's trust. */
    public ClientOptions(Duration connectTimeout, Duration responseTimeout, int maxConnections) {
        this(connectTimeout, responseTimeout, maxConnections, null);
    }

    /** @return these options trusting {@code context} for https ({@code null}: the JDK's default) */
    public ClientOptions withTrust(SSLContext context) {
        return new ClientOptions(connectTimeout, responseTimeout, maxConnections, context);
    }
}
