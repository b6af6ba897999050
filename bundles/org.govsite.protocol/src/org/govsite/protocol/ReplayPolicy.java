package org.govsite.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a request is fresh: its timestamp within a window around the server's clock ({@code now - window
 * <= timestamp <= now + window}, bounds included) and its nonce not seen before. Immutable.
 *
 * @param window the allowed clock difference, positive; {@link #DEFAULT_WINDOW} by default
 */
public record ReplayPolicy(Duration window) {
    /** ±300 seconds. */
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(300);

    public ReplayPolicy {
        if (window.isNegative() || window.isZero() || window.toNanosPart() != 0) {
            throw new IllegalArgumentException("the window must be a positive number of seconds"); //$NON-NLS-1$
        }
    }

    /** @return the policy with {@link #DEFAULT_WINDOW} */
    public static ReplayPolicy standard() {
        return new ReplayPolicy(DEFAULT_WINDOW);
    }

    /**
     * @param timestamp the request's {@code X-GovSite-Timestamp}, Unix seconds
     * @return {@link ErrorCode#AUTH_EXPIRED} if it is older than the window, {@link ErrorCode#AUTH_FUTURE} if it is
     *         further ahead, empty if it is inside
     */
    public Optional<ErrorCode> checkTimestamp(Instant now, long timestamp) {
        long skew = timestamp - now.getEpochSecond();
        if (skew < -window.getSeconds()) {
            return Optional.of(ErrorCode.AUTH_EXPIRED);
        }
        if (skew > window.getSeconds()) {
            return Optional.of(ErrorCode.AUTH_FUTURE);
        }
        return Optional.empty();
    }

    /**
     * @param nonceSeen whether the request's nonce was already seen within the window
     * @return the reason to reject the request, or empty to accept it
     */
    public Optional<ErrorCode> check(Instant now, long timestamp, boolean nonceSeen) {
        Optional<ErrorCode> timing = checkTimestamp(now, timestamp);
        if (timing.isPresent() || !nonceSeen) {
            return timing;
        }
        return Optional.of(ErrorCode.AUTH_REPLAY);
    }

    /**
     * @return the instant after which a nonce of a request stamped {@code timestamp} may be forgotten: later, the
     *         timestamp itself is refused
     */
    public Instant rememberUntil(long timestamp) {
        return Instant.ofEpochSecond(timestamp).plus(window);
    }
}
