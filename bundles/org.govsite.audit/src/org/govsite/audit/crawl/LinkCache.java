package org.govsite.audit.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Outcomes of links to hosts out of a crawl's scope, kept across crawls: the sites of one province all link to the
 * same portals, which need checking once, not once per site. An outcome older than {@code maxAge} is checked again.
 * Outcomes ending in 429 Too Many Requests say nothing about the link and are not kept. Thread-safe: crawls running
 * at the same time may share one cache. Held in memory only.
 */
public final class LinkCache {
    private static final int TOO_MANY_REQUESTS = 429;

    private final Duration maxAge;
    private final Clock clock;
    private final Map<URI, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(Resolution outcome, Instant checked) {
    }

    /** @param maxAge how long an outcome is trusted */
    public LinkCache(Duration maxAge) {
        this(maxAge, Clock.systemUTC());
    }

    /** @param clock tells the time of each check (tests turn it forward) */
    public LinkCache(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** @return the outcome of checking {@code url} no longer than max age ago, or {@code null} */
    Resolution get(URI url) {
        Entry entry = entries.get(url);
        return entry == null || entry.checked().plus(maxAge).isBefore(clock.instant()) ? null : entry.outcome();
    }

    void put(URI url, Resolution outcome) {
        if (outcome.last().status() != TOO_MANY_REQUESTS) {
            entries.put(url, new Entry(outcome, clock.instant()));
        }
    }
}
