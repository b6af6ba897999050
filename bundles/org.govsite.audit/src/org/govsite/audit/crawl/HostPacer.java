package org.govsite.audit.crawl;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The per-host rate limit: hands each request to a host a start time at least {@code 1 / perSecond} after the
 * previous one's, and makes the caller wait for it. Thread-safe; without a limit it never waits.
 */
final class HostPacer {
    private static final double NANOS_PER_SECOND = 1e9;
    private final long intervalNanos;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** The next start time free on one host. */
    private static final class Slot {
        private long next = System.nanoTime();

        synchronized long take(long interval) {
            long start = Math.max(System.nanoTime(), next);
            next = start + interval;
            return start;
        }
    }

    /** @param perSecond requests started per second on one host at most; 0 or less: no limit */
    HostPacer(double perSecond) {
        intervalNanos = perSecond > 0 ? (long) (NANOS_PER_SECOND / perSecond) : 0;
    }

    /** Waits until a request to {@code host} may start. */
    void await(String host) {
        if (intervalNanos == 0) {
            return;
        }
        long wait = slots.computeIfAbsent(host, key -> new Slot()).take(intervalNanos) - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }
    }
}
