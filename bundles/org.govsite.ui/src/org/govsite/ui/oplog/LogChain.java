package org.govsite.ui.oplog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.OptionalLong;

import org.govsite.client.LogEntry;
import org.govsite.crypto.Sm3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the SM3 hash chain of operation-log entries as the workbench received them (docs/server.md, "Operation
 * log"): each entry's {@code prevHash} is the previous entry's hash (64 zeros before the first), seqs follow each
 * other, and {@code hash = SM3(prevHash || [seq,loggedAtMs,"operator","action","target","detail"])}. The
 * workbench so detects a log altered on the server, not only a broken transport.
 */
public final class LogChain {

    /** {@code prevHash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param checked entries checked
     * @param firstBroken seq of the first entry whose link or hash is wrong, empty when intact
     */
    public record Result(long checked, OptionalLong firstBroken) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    private String expectedPrev = GENESIS;
    private long expectedSeq = 1;
    private long checked;
    private OptionalLong firstBroken = OptionalLong.empty();

    /** Checks the next entries (the pages in seq order, from seq 1). */
    public void add(List<LogEntry> entries) {
        for (LogEntry entry : entries) {
            if (firstBroken.isPresent()) {
                return;
            }
            if (entry.seq() != expectedSeq || !equal(entry.prevHash(), expectedPrev) || !equal(entry.hash(), hashOf(entry))) {
                firstBroken = OptionalLong.of(entry.seq());
                return;
            }
            checked++;
            expectedSeq = entry.seq() + 1;
            expectedPrev = entry.hash();
        }
    }

    public Result result() {
        return new Result(checked, firstBroken);
    }

    static String hashOf(LogEntry entry) {
        try {
            String canonical = JSON.writeValueAsString(new Object[] { entry.seq(), entry.loggedAtMs(), entry.operator(),
                    entry.action(), entry.target(), entry.detail() });
            return Sm3.digestHex((entry.prevHash() + canonical).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean equal(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
