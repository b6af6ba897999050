package org.govsite.protocol;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Times as the platform shows and exchanges them (DOMAIN.md "Page tags"): China Standard Time, to the minute. One
 * rule for the server, the clients, the migration, the reports and the workbench.
 */
public final class PageTime {
    /** China Standard Time: the page tags' times, the times on the wire, the statistics' years, report quarters. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$
    /** The Guide's page-tag time, {@code YYYY-MM-DD HH:MM}; parsing is strict (no February 30, no 24:00). */
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT) //$NON-NLS-1$
            .withResolverStyle(ResolverStyle.STRICT);

    private PageTime() {
    }

    /** @return whether {@code value} is a time as {@link #MINUTES} writes it, exactly {@code YYYY-MM-DD HH:MM} */
    public static boolean isMinutes(String value) {
        try {
            LocalDateTime.parse(value, MINUTES);
            return value.length() == 16;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
