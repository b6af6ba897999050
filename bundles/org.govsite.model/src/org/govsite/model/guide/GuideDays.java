package org.govsite.model.guide;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The model's dates (a site's opening and status dates, a topic's archive date) are calendar days in Beijing time, the
 * platform's zone, whatever the zone of the machine: kept as the instant that day starts there, shown and parsed as
 * that day, so that a date synchronised from the platform, generated for the demo or typed in the site editor is the
 * same day on every workbench (the protocol's {@code PageTime.ZONE} is the same zone).
 */
public final class GuideDays {

    /** Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$

    private GuideDays() {
    }

    /** @return the calendar day of {@code date} in Beijing time */
    public static LocalDate day(Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZONE);
    }

    /** @return the instant {@code day} starts in Beijing time */
    public static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }
}
