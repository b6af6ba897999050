package org.govsite.audit.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Paces the requests to each host: hands each one a start time at least {@code 1 / perSecond} after the previous
 * one's (the rate limit, when there is one) and not before a pause the host asked for (a Retry-After) has passed, and
 * makes the caller wait for it. Thread-safe.
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

        synchronized void pause(long nanos) {
            next = Math.max(next, System.nanoTime() + nanos);
        }
    }

    /** @param perSecond requests started per second on one host at most; 0 or less: no limit */
    HostPacer(double perSecond) {
        intervalNanos = perSecond > 0 ? (long) (NANOS_PER_SECOND / perSecond) : 0;
    }

    /** Waits until a request to {@code host} may start. */
    void await(String host) {
        long wait = slot(host).take(intervalNanos) - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }
    }

    /** Holds every request to {@code host} not yet started back for {@code wait} from now. */
    void pause(String host, Duration wait) {
        slot(host).pause(wait.toNanos());
    }

    private Slot slot(String host) {
        return slots.computeIfAbsent(host, key -> new Slot());
    }
}
