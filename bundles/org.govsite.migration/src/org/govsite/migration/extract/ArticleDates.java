package org.govsite.migration.extract;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.audit.freshness.Dates;
import org.govsite.protocol.PageTime;

/**
 * Publication times as legacy pages write them, read by the audit's {@link Dates} ({@code 2019年3月5日},
 * {@code 2019-03-05 10:20}, {@code 2019/3/5}, {@code 2019.03.05}, a time after the date optional) and normalised to
 * Asia/Shanghai date-times (midnight when no time is written). As a last resort the date a TRS-style URL carries:
 * {@code t20190305_789.html} or a {@code /20190305/} path segment.
 */
public final class ArticleDates {
    private static final Pattern URL_DATE = Pattern.compile("/t?((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})(?=[_/])"); //$NON-NLS-1$
    private static final Pattern LABEL = Pattern.compile("(?:发布时间|发布日期|发文日期|日期|时间)\\s*[:：]"); //$NON-NLS-1$
    /** How far after a label its date may start. */
    private static final int LABEL_REACH = 40;
    private static final int DAY_GROUP = 3;

    private ArticleDates() {
    }

    /** @return the first date(-time) in {@code text} */
    public static Optional<ZonedDateTime> in(String text) {
        return Dates.firstDateTime(text).map(time -> time.atZone(PageTime.ZONE));
    }

    /** @return the date(-time) written right after a label such as {@code 发布时间：} in {@code text} */
    public static Optional<ZonedDateTime> labelled(String text) {
        Matcher label = LABEL.matcher(text);
        while (label.find()) {
            Optional<ZonedDateTime> date = in(text.substring(label.end(),
                    Math.min(text.length(), label.end() + LABEL_REACH)));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** @return the date in the URL's path (midnight, Asia/Shanghai) */
    public static Optional<ZonedDateTime> inUrl(URI url) {
        Matcher matcher = URL_DATE.matcher(url.getPath());
        while (matcher.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(DAY_GROUP))).atStartOfDay(PageTime.ZONE));
            } catch (DateTimeException e) {
                // not a date: look further
            }
        }
        return Optional.empty();
    }
}
