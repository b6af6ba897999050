package org.govsite.ui.oplog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

import org.govsite.client.LogEntry;
import org.govsite.protocol.PageTime;

/**
 * Which operation-log entries to show: operator and action contain the given texts (ignoring case), logged on or
 * after {@code from} and on or before {@code to} (dates in the platform's time zone, Asia/Shanghai; null = open).
 */
public record LogFilter(String operator, String action, LocalDate from, LocalDate to) implements Predicate<LogEntry> {

    public static final LogFilter ALL = new LogFilter("", "", null, null);

    @Override
    public boolean test(LogEntry entry) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(entry.loggedAtMs()), PageTime.ZONE);
        return contains(entry.operator(), operator) && contains(entry.action(), action)
                && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static boolean contains(String value, String part) {
        return part.isEmpty() || value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
