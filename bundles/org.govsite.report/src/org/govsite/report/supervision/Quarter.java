package org.govsite.report.supervision;

import java.time.Instant;
import java.time.LocalDate;
import org.govsite.protocol.PageTime;

/**
 * A quarter of a calendar year in Asia/Shanghai, the time of the supervision report.
 *
 * @param year the year
 * @param number 1 to 4
 */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number); //$NON-NLS-1$
        }
    }

    /** @return the quarter an instant falls in, in Asia/Shanghai */
    public static Quarter of(Instant instant) {
        LocalDate day = instant.atZone(PageTime.ZONE).toLocalDate();
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** @return the first instant of the quarter */
    public Instant start() {
        return LocalDate.of(year, number * 3 - 2, 1).atStartOfDay(PageTime.ZONE).toInstant();
    }
}
