package org.govsite.report.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A quarter of a calendar year in Asia/Shanghai, the time of the supervision report.
 *
 * @param year the year
 * @param number 1 to 4
 */
public record Quarter(int year, int number) {
    /** The report's time zone: quarters and years begin at midnight in Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number); //$NON-NLS-1$
        }
    }

    /** @return the quarter an instant falls in, in Asia/Shanghai */
    public static Quarter of(Instant instant) {
        LocalDate day = instant.atZone(ZONE).toLocalDate();
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** @return the first instant of the quarter */
    public Instant start() {
        return LocalDate.of(year, number * 3 - 2, 1).atStartOfDay(ZONE).toInstant();
    }
}
