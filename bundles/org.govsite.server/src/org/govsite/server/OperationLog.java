package org.govsite.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govsite.crypto.Sm3;
import org.govsite.server.internal.Database;
import org.govsite.server.internal.JsonBodies;

/**
 * The append-only operation log, hash-chained with SM3: entry n stores {@code prev_hash} (the hash of entry n − 1,
 * 64 zeros for the first) and {@code hash = SM3(prev_hash || canonical entry)}, where the canonical entry is the
 * JSON array {@code [seq, loggedAtMs, "operator", "action", "target", "detail"]} (UTF-8, no spaces). Changing,
 * inserting or removing a row breaks the chain at that row, and {@link #verify()} reports the first broken link.
 */
public final class OperationLog {
    /** {@code prev_hash} of the first entry. */
    public static final String GENESIS = "0".repeat(64); //$NON-NLS-1$
    private static final int PAGE = 1000;

    /** One entry as stored. */
    public record Entry(long seq, long loggedAtMs, String operator, String action, String target, String detail,
            String prevHash, String hash) {
        /** @return the canonical entry, as hashed */
        public String canonical() {
            return JsonBodies.canonicalArray(seq, loggedAtMs, operator, action, target, detail);
        }
    }

    /**
     * The outcome of {@link OperationLog#verify()}.
     *
     * @param entries how many entries were checked
     * @param firstBrokenSeq the seq of the first entry whose link or hash is wrong, empty if the chain is intact
     * @param reason what is wrong there (technical English), empty if intact
     */
    public record Verification(long entries, Optional<Long> firstBrokenSeq, String reason) {
        public boolean intact() {
            return firstBrokenSeq.isEmpty();
        }
    }

    private final Database database;
    private final Clock clock;

    OperationLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Locks the head row until the caller's transaction ends, as {@link #append} does: what runs after it takes turns
     * with every write that is logged (locking it again in the same transaction is free).
     */
    public static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("UPDATE operation_log_head SET seq = seq WHERE id = 1")) { //$NON-NLS-1$
            lock.executeUpdate();
        }
    }

    /**
     * Appends an entry inside the caller's transaction. The head row ({@code operation_log_head}) is locked first,
     * so concurrent appends queue until this transaction ends.
     */
    public void append(Connection connection, String operator, String action, String target, String detail)
            throws SQLException {
        long seq;
        String prevHash;
        lock(connection);
        try (PreparedStatement head = connection.prepareStatement("SELECT seq, hash FROM operation_log_head WHERE id = 1")) { //$NON-NLS-1$
            try (ResultSet row = head.executeQuery()) {
                row.next();
                seq = row.getLong(1) + 1;
                prevHash = row.getString(2);
            }
        }
        Entry unhashed = new Entry(seq, clock.millis(), operator, action, target, detail, prevHash, null);
        Entry entry = new Entry(seq, unhashed.loggedAtMs(), operator, action, target, detail, prevHash, hashOf(unhashed));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO operation_log " //$NON-NLS-1$
                + "(seq, logged_at_ms, operator, action, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            insert.setLong(1, entry.seq());
            insert.setLong(2, entry.loggedAtMs());
            insert.setString(3, entry.operator());
            insert.setString(4, entry.action());
            insert.setString(5, entry.target());
            insert.setString(6, entry.detail());
            insert.setString(7, entry.prevHash());
            insert.setString(8, entry.hash());
            insert.executeUpdate();
        }
        try (PreparedStatement head = connection.prepareStatement("UPDATE operation_log_head SET seq = ?, hash = ? WHERE id = 1")) { //$NON-NLS-1$
            head.setLong(1, entry.seq());
            head.setString(2, entry.hash());
            head.executeUpdate();
        }
    }

    /** @return up to {@code limit} entries with seq greater than {@code afterSeq}, in order */
    public List<Entry> read(long afterSeq, int limit) throws SQLException {
        return database.transaction(connection -> read(connection, afterSeq, limit));
    }

    /** Walks the whole chain in order and reports the first entry whose link or hash is wrong. */
    public Verification verify() throws SQLException {
        return database.transaction(connection -> {
            String expectedPrev = GENESIS;
            long expectedSeq = 1;
            long checked = 0;
            List<Entry> page = read(connection, 0, PAGE);
            while (!page.isEmpty()) {
                for (Entry entry : page) {
                    Optional<String> broken = brokenLink(entry, expectedSeq, expectedPrev);
                    if (broken.isPresent()) {
                        return new Verification(checked, Optional.of(entry.seq()), broken.get());
                    }
                    checked++;
                    expectedSeq = entry.seq() + 1;
                    expectedPrev = entry.hash();
                }
                page = read(connection, expectedSeq - 1, PAGE);
            }
            return new Verification(checked, Optional.empty(), ""); //$NON-NLS-1$
        });
    }

    private static Optional<String> brokenLink(Entry entry, long expectedSeq, String expectedPrev) {
        if (entry.seq() != expectedSeq) {
            return Optional.of("entry " + expectedSeq + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!equal(entry.prevHash(), expectedPrev)) {
            return Optional.of("prev_hash differs from the hash of the previous entry"); //$NON-NLS-1$
        }
        if (!equal(entry.hash(), hashOf(entry))) {
            return Optional.of("hash differs from the SM3 of the entry"); //$NON-NLS-1$
        }
        return Optional.empty();
    }

    private static List<Entry> read(Connection connection, long afterSeq, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, logged_at_ms, operator, action, target, " //$NON-NLS-1$
                + "detail, prev_hash, hash FROM operation_log WHERE seq > ? ORDER BY seq LIMIT ?")) { //$NON-NLS-1$
            select.setLong(1, afterSeq);
            select.setInt(2, limit);
            try (ResultSet row = select.executeQuery()) {
                List<Entry> entries = new ArrayList<>();
                while (row.next()) {
                    entries.add(new Entry(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8)));
                }
                return entries;
            }
        }
    }

    private static String hashOf(Entry entry) {
        return Sm3.digestHex((entry.prevHash() + entry.canonical()).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
