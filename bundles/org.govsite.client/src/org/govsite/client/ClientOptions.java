package org.govsite.client;

import java.time.Duration;

/**
 * Transport settings of a {@link PlatformClient}.
 *
 * @param connectTimeout how long to wait for a TCP connection (then the server counts as offline)
 * @param responseTimeout how long to wait for data of an answer (then offline too)
 * @param maxConnections size of the connection pool to the server (threads beyond it wait for a connection)
 */
public record ClientOptions(Duration connectTimeout, Duration responseTimeout, int maxConnections) {
    /** 5 s to connect, 60 s for an answer, 8 pooled connections. */
    public static final ClientOptions DEFAULTS = new ClientOptions(Duration.ofSeconds(5), Duration.ofSeconds(60), 8);

    /** @throws IllegalArgumentException for non-positive values */
    public ClientOptions {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || responseTimeout.isNegative()
                || responseTimeout.isZero() || maxConnections < 1) {
            throw new IllegalArgumentException("timeouts and pool size must be positive"); //$NON-NLS-1$
        }
    }
}
