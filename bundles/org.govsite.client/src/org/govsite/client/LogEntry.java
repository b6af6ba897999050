package org.govsite.client;

/**
 * One entry of the hash-chained operation log (docs/server.md, "Operation log"): {@code hash} is the SM3 of
 * {@code prevHash} and the canonical entry.
 */
public record LogEntry(long seq, long loggedAtMs, String operator, String action, String target, String detail,
        String prevHash, String hash) {
}
