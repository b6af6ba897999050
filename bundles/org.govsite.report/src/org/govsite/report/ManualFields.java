package org.govsite.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.govsite.model.validation.Severity;

/**
 * What no system knows, entered by the operator for one site and year (docs/reports.md, "Manual fields"): the rows
 * whose source is {@link Source#MANUAL} and the {@link ReportRow#overridable()} platform rows, kept as the text
 * entered. {@link #validate()} checks them, {@link #value(ReportRow)} gives them typed, {@link #carryOver} starts next
 * year's from this year's. Immutable.
 */
public final class ManualFields {
    /** Check id of a manual field's problems. */
    public static final String CHECK = "REPORT-MANUAL-FIELD"; //$NON-NLS-1$
    /** Fixed line (0551-12345678, 010-1234567-123) or mobile (13912345678). */
    private static final Pattern PHONE = Pattern.compile("(0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|1[3-9]\\d{9})"); //$NON-NLS-1$
    private static final Pattern COUNT = Pattern.compile("\\d{1,18}"); //$NON-NLS-1$
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?"); //$NON-NLS-1$

    private final Map<ReportRow, String> values;

    /** @param values the text entered per row; blank values are dropped, rows not {@link ReportRow#entered()} refused */
    public ManualFields(Map<ReportRow, String> values) {
        EnumMap<ReportRow, String> kept = new EnumMap<>(ReportRow.class);
        values.forEach((row, value) -> {
            if (!row.entered()) {
                throw new IllegalArgumentException(row + " is not entered by hand"); //$NON-NLS-1$
            }
            if (value != null && !value.isBlank()) {
                kept.put(row, value.strip());
            }
        });
        this.values = Collections.unmodifiableMap(kept);
    }

    /** Nothing entered. */
    public static ManualFields empty() {
        return new ManualFields(Map.of());
    }

    /** @return the text entered per row */
    public Map<ReportRow, String> values() {
        return values;
    }

    /** @return the text entered for this row, or null */
    public String text(ReportRow row) {
        return values.get(row);
    }

    /** @return these fields with this row's text replaced (null or blank: cleared) */
    public ManualFields with(ReportRow row, String text) {
        Map<ReportRow, String> changed = new EnumMap<>(ReportRow.class);
        changed.putAll(values);
        changed.put(row, text);
        return new ManualFields(changed);
    }

    /**
     * @return the row's value typed by its kind (String, SiteType, Long, Double, Boolean, LocalDate), or null when the
     *         row is empty or its text not valid
     */
    public Object value(ReportRow row) {
        String text = values.get(row);
        return text == null || !valid(row.kind(), text) ? null : parse(row.kind(), text);
    }

    private static Object parse(RowKind kind, String text) {
        return switch (kind) {
        case COUNT -> Long.valueOf(text);
        case DECIMAL -> Double.valueOf(text);
        case FLAG -> Boolean.valueOf(text);
        case SITE_TYPE -> SiteType.valueOf(text);
        case DATE -> LocalDate.parse(text);
        case TEXT, PHONE -> text;
        };
    }

    private static boolean valid(RowKind kind, String text) {
        return switch (kind) {
        case COUNT -> COUNT.matcher(text).matches();
        case DECIMAL -> DECIMAL.matcher(text).matches();
        case FLAG -> "true".equals(text) || "false".equals(text); //$NON-NLS-1$ //$NON-NLS-2$
        case SITE_TYPE -> List.of(SiteType.values()).stream().anyMatch(type -> type.name().equals(text));
        case PHONE -> PHONE.matcher(text).matches();
        case DATE -> date(text);
        case TEXT -> true;
        };
    }

    private static boolean date(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** @return the problems: required rows left empty, values not of their row's kind (all ERROR) */
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        for (ReportRow row : ReportRow.values()) {
            String text = values.get(row);
            if (text == null) {
                if (row.required()) {
                    problems.add(Problem.of(CHECK, Severity.ERROR, row, "Problem_required", row)); //$NON-NLS-1$
                }
            } else if (!valid(row.kind(), text)) {
                problems.add(Problem.of(CHECK, Severity.ERROR, row, "Problem_" + row.kind().name(), row, text)); //$NON-NLS-1$
            }
        }
        return problems;
    }

    /**
     * @param previousYear last year's fields of the same site
     * @return this year's fields started from last year's: what stays valid (names, flags, accounts, phone, site type)
     *         kept, counts and the sign-off date cleared
     */
    public static ManualFields carryOver(ManualFields previousYear) {
        Map<ReportRow, String> kept = new EnumMap<>(ReportRow.class);
        previousYear.values.forEach((row, text) -> {
            if (row.kind().carriedOver()) {
                kept.put(row, text);
            }
        });
        return new ManualFields(kept);
    }
}
