package org.govsite.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nonces are recorded once, also by concurrent callers at two instances, and expired ones are deleted, at most once
 * per purge interval.
 */
class NoncesTest {
    private static final long START = 1_795_510_800L;

    @TempDir
    Path folder;
    private final SettableClock clock = new SettableClock(START);
    private Database database;
    private Nonces nonces;

    @BeforeEach
    void open() throws Exception {
        database = Database.open("jdbc:h2:" + folder.resolve("nonces").toAbsolutePath(), "sa", new char[0]);
        nonces = new Nonces(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNonceIsRecordedOnce() throws Exception {
        assertTrue(nonces.register("a".repeat(32), Instant.ofEpochSecond(START + 300)));
        assertFalse(nonces.register("a".repeat(32), Instant.ofEpochSecond(START + 300)));
        assertEquals(List.of("a".repeat(32)), stored());
    }

    @Test
    void expiredNoncesAreDeletedAtMostOncePerInterval() throws Exception {
        nonces.register("a".repeat(32), Instant.ofEpochSecond(START + 1));
        clock.now = START + 2;
        nonces.register("b".repeat(32), Instant.ofEpochSecond(START + 3));
        assertEquals(List.of("a".repeat(32), "b".repeat(32)), stored(), "the first purge ran at START, before a expired");

        clock.now = START + Nonces.PURGE_INTERVAL_SECONDS;
        nonces.register("c".repeat(32), Instant.ofEpochSecond(START + 400));
        assertEquals(List.of("c".repeat(32)), stored(), "due again: a and b had expired");

        clock.now = START + Nonces.PURGE_INTERVAL_SECONDS + 1;
        nonces.register("d".repeat(32), Instant.ofEpochSecond(START + Nonces.PURGE_INTERVAL_SECONDS + 2));
        clock.now = START + Nonces.PURGE_INTERVAL_SECONDS + 5;
        nonces.register("e".repeat(32), Instant.ofEpochSecond(START + 400));
        assertEquals(List.of("c".repeat(32), "d".repeat(32), "e".repeat(32)), stored(), "not due: d stays a while");
        assertFalse(nonces.register("d".repeat(32), Instant.ofEpochSecond(START + 400)), "and is still refused");
    }

    @Test
    void ofConcurrentRegistrationsAtTwoInstancesEachNonceIsNewExactlyOnce() throws Exception {
        List<Nonces> instances = List.of(nonces, new Nonces(database, clock));
        int distinct = 300;
        Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Nonces instance = instances.get(t % 2);
                int offset = t * 37;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < distinct; i++) {
                        String nonce = String.format("%032x", (i + offset) % distinct);
                        if (instance.register(nonce, Instant.ofEpochSecond(START + 300))) {
                            accepted.computeIfAbsent(nonce, n -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(distinct, accepted.size(), "every nonce accepted once");
        assertEquals(Map.of(), accepted.entrySet().stream().filter(entry -> entry.getValue().get() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get())), "accepted more than once");
        assertEquals(distinct, stored().size());
    }

    private List<String> stored() throws Exception {
        return database.transaction(connection -> {
            List<String> all = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT nonce FROM request_nonce ORDER BY nonce");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    all.add(row.getString(1));
                }
            }
            return all;
        });
    }

    /** A clock whose second the test sets. */
    private static final class SettableClock extends Clock {
        volatile long now;

        SettableClock(long now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(now);
        }
    }
}
