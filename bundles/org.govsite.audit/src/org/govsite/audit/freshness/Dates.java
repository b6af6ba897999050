package org.govsite.audit.freshness;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Dates as government sites write them: {@code 2026-05-18}, {@code 2026/5/18}, {@code 2026.05.18} and
 * {@code 2026年5月18日}, optionally followed by a time ({@code 10:20}, {@code 10:20:30}, {@code 10时20分});
 * impossible dates (2026-02-30) and times (25:00) are none. Used by the freshness checks (dates only) and the
 * migration's extraction (date-times).
 */
public final class Dates {
    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(?:([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})(?![0-9])|([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日)" //$NON-NLS-1$
                    + "(?:\\s*([0-9]{1,2})[:：时]([0-9]{2})(?:[:：分]([0-9]{2}))?(?![0-9]))?"); //$NON-NLS-1$
    private static final int HOUR_GROUP = 8;
    /** The elements a list item can be: list entries and table rows (parsed once: jsoup parses a query every call). */
    private static final Evaluator ITEMS = QueryParser.parse("li, tr"); //$NON-NLS-1$
    private static final Evaluator LINK = QueryParser.parse("a[href]"); //$NON-NLS-1$
    private static final int DAY_GROUP = 4;
    private static final int CJK_YEAR_GROUP = 5;

    private Dates() {
    }

    /** @return the first date in the text */
    public static Optional<LocalDate> first(String text) {
        return firstDateTime(text).map(LocalDateTime::toLocalDate);
    }

    /**
     * @return the first date in the text with the time written after it (midnight when none is, or when the time
     *         written is impossible)
     */
    public static Optional<LocalDateTime> firstDateTime(String text) {
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            Optional<LocalDate> date = matcher.group(1) != null ? date(matcher, 1, 3, DAY_GROUP)
                    : date(matcher, CJK_YEAR_GROUP, CJK_YEAR_GROUP + 1, CJK_YEAR_GROUP + 2);
            if (date.isPresent()) {
                return Optional.of(date.get().atTime(time(matcher)));
            }
        }
        return Optional.empty();
    }

    private static LocalTime time(Matcher matcher) {
        if (matcher.group(HOUR_GROUP) == null) {
            return LocalTime.MIDNIGHT;
        }
        try {
            String seconds = matcher.group(HOUR_GROUP + 2);
            return LocalTime.of(Integer.parseInt(matcher.group(HOUR_GROUP)),
                    Integer.parseInt(matcher.group(HOUR_GROUP + 1)), seconds == null ? 0 : Integer.parseInt(seconds));
        } catch (DateTimeException e) {
            return LocalTime.MIDNIGHT;
        }
    }

    /**
     * @return the page's list items: innermost {@code li} or {@code tr} elements (holding no other) with a link and a
     *         date
     */
    static ListItems listItems(Document document) {
        LocalDate newest = null;
        int items = 0;
        for (Element item : document.select(ITEMS)) {
            // a layout row holding a whole page is no item
            boolean innermost = item.children().stream().allMatch(child -> child.selectFirst(ITEMS) == null);
            Optional<LocalDate> date = !innermost || item.selectFirst(LINK) == null ? Optional.empty()
                    : first(item.text());
            if (date.isPresent()) {
                items++;
                newest = newest == null || date.get().isAfter(newest) ? date.get() : newest;
            }
        }
        return new ListItems(items, Optional.ofNullable(newest));
    }

    /**
     * The dated list items of a page.
     *
     * @param count how many
     * @param newest the newest date among them
     */
    record ListItems(int count, Optional<LocalDate> newest) {
    }

    private static Optional<LocalDate> date(Matcher matcher, int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(year)),
                    Integer.parseInt(matcher.group(month)), Integer.parseInt(matcher.group(day))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
