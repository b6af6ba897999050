package org.govsite.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock moved by an offset a test sets: a platform server on it sees its migration notices start and end. */
public final class ShiftedClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock {@code by} further (signed requests made at the real time are then refused as expired). */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a shifted clock is UTC");
    }
}
