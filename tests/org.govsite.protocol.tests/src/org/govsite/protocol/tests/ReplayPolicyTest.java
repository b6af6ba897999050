package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ReplayPolicy;
import org.junit.jupiter.api.Test;

/** The freshness decision: timestamp window (bounds included) and nonce memory. */
class ReplayPolicyTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_795_510_815L);
    private final ReplayPolicy policy = ReplayPolicy.standard();

    @Test
    void decidesOnTimestampAndNonce() {
        long now = NOW.getEpochSecond();
        assertEquals(Optional.empty(), policy.check(NOW, now, false));
        assertEquals(Optional.empty(), policy.check(NOW, now - 300, false));
        assertEquals(Optional.empty(), policy.check(NOW, now + 300, false));
        assertEquals(Optional.of(ErrorCode.AUTH_EXPIRED), policy.check(NOW, now - 301, false));
        assertEquals(Optional.of(ErrorCode.AUTH_FUTURE), policy.check(NOW, now + 301, false));
        assertEquals(Optional.of(ErrorCode.AUTH_REPLAY), policy.check(NOW, now, true));
        assertEquals(Optional.of(ErrorCode.AUTH_EXPIRED), policy.check(NOW, now - 301, true), "the timestamp decides first");
    }

    @Test
    void nonceIsRememberedUntilItsTimestampLeavesTheWindow() {
        assertEquals(Instant.ofEpochSecond(1_000_300L), policy.rememberUntil(1_000_000L));
        assertEquals(Instant.ofEpochSecond(1_000_060L), new ReplayPolicy(Duration.ofSeconds(60)).rememberUntil(1_000_000L));
    }

    @Test
    void windowIsConfigurable() {
        ReplayPolicy strict = new ReplayPolicy(Duration.ofSeconds(60));
        assertEquals(Optional.of(ErrorCode.AUTH_EXPIRED), strict.checkTimestamp(NOW, NOW.getEpochSecond() - 61));
        assertEquals(Optional.empty(), strict.checkTimestamp(NOW, NOW.getEpochSecond() - 60));
    }

    @Test
    void windowMustBeWholePositiveSeconds() {
        assertThrows(IllegalArgumentException.class, () -> new ReplayPolicy(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ReplayPolicy(Duration.ofSeconds(-5)));
        assertThrows(IllegalArgumentException.class, () -> new ReplayPolicy(Duration.ofMillis(1500)));
    }
}
