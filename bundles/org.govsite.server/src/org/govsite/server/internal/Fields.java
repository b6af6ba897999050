package org.govsite.server.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.PageTime;
import org.govsite.protocol.ProtocolException;

/** Checks of request fields; each failure is {@link ErrorCode#REQ_INVALID_FIELD} naming the field. */
final class Fields {
    /** Every entity id (docs/server.md): client-chosen or a server UUID. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"); //$NON-NLS-1$
    /** A host name: letters (Chinese domains too), digits and inner hyphens per label, at least two labels. */
    static final Pattern DOMAIN = Pattern.compile(
            "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?"); //$NON-NLS-1$
    /** A path segment of a column or topic URL, as the model's path rule wants it. */
    static final Pattern PATH_SEGMENT = Pattern.compile("[a-z0-9_-]{1,64}"); //$NON-NLS-1$
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}"); //$NON-NLS-1$

    private Fields() {
    }

    static void check(boolean valid, String detail) {
        if (!valid) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, detail);
        }
    }

    /** A required text of 1 to {@code max} characters, not blank. */
    static void name(String field, String value, int max) {
        check(value != null && !value.isBlank() && value.length() <= max, field + " must be 1 to " + max + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** An optional text of at most {@code max} characters. */
    static void optional(String field, String value, int max) {
        check(value == null || value.length() <= max, field + " must be at most " + max + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** An optional id (null allowed). */
    static void id(String field, String value) {
        check(value == null || ID.matcher(value).matches(), field + " must be an id: " + ID.pattern()); //$NON-NLS-1$
    }

    /** An optional value matching {@code pattern}. */
    static void matches(String field, String value, Pattern pattern) {
        check(value == null || pattern.matcher(value).matches(), field + " must match " + pattern.pattern()); //$NON-NLS-1$
    }

    /** A required literal of a model enum: {@code lookup} is its {@code get(String)}, {@code all} its VALUES. */
    static void literal(String field, String value, Function<String, ?> lookup, Collection<?> all) {
        check(value != null && lookup.apply(value) != null, field + " must be one of " + all); //$NON-NLS-1$
    }

    /** @return the optional {@code YYYY-MM-DD} date {@code value}, null if null */
    static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            check(ISO_DATE.matcher(value).matches(), field + " must be a date YYYY-MM-DD"); //$NON-NLS-1$
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, field + " must be a date YYYY-MM-DD"); //$NON-NLS-1$
        }
    }

    /** @return the optional list {@code values} as an immutable list (empty for null); no null elements */
    static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        check(values.stream().allMatch(value -> value != null), field + " must not contain null"); //$NON-NLS-1$
        return List.copyOf(values);
    }

    /** @return whether every one of {@code values} matches {@code pattern} and none is there twice */
    static boolean distinct(List<String> values, Pattern pattern) {
        return values.stream().allMatch(value -> pattern.matcher(value).matches()) && new HashSet<>(values).size() == values.size();
    }

    /**
     * @param value an optional time {@code YYYY-MM-DD HH:MM} in Asia/Shanghai, as the page tags write it
     * @return its Unix seconds, null if null
     */
    static Long time(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, PageTime.MINUTES).atZone(PageTime.ZONE).toEpochSecond();
        } catch (DateTimeParseException e) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, field + " must be a time YYYY-MM-DD HH:MM"); //$NON-NLS-1$
        }
    }

    /** @return the Unix seconds {@code seconds} as {@code YYYY-MM-DD HH:MM} in Asia/Shanghai, null if null */
    static String time(Long seconds) {
        return seconds == null ? null
                : LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds), PageTime.ZONE).format(PageTime.MINUTES);
    }

    /** A required count of at least 0. */
    static void count(String field, Number value) {
        check(value != null && value.longValue() >= 0, field + " must be a number of at least 0"); //$NON-NLS-1$
    }

    /** An optional time ({@link #time(String, String)}) not before {@code earliest} (Unix seconds). */
    static Long timeFrom(String field, String value, long earliest, String earliestField) {
        Long time = time(field, value);
        check(time == null || time >= earliest, field + " must not be before " + earliestField); //$NON-NLS-1$
        return time;
    }
}
