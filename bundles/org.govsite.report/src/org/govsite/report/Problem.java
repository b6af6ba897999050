package org.govsite.report;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.govsite.model.validation.Severity;

/**
 * A problem found before export (a manual field not valid, a consistency check failing), with its message in English
 * and Chinese so that the workbench and the command line show it in either language.
 *
 * @param check the check's id (docs/reports.md, "Checks")
 * @param severity ERROR blocks a clean export (exit code 1 of {@code govsite report}); WARNING does not
 * @param row the row concerned, or null for the report as a whole
 */
public record Problem(String check, Severity severity, ReportRow row, String english, String chinese) {

    /**
     * @param key the message key in {@code messages*.properties}; ReportRow arguments are replaced by their label
     * @return the problem with its message in both languages
     */
    public static Problem of(String check, Severity severity, ReportRow row, String key, Object... args) {
        return of(check, severity, row, key, texts -> labels(texts, args));
    }

    /**
     * @param key the message key in {@code messages*.properties}
     * @param args the message's arguments in a language (labels of other rows than ReportRow, for instance)
     * @return the problem with its message in both languages
     */
    public static Problem of(String check, Severity severity, ReportRow row, String key,
            Function<ReportTexts, Object[]> args) {
        return new Problem(check, severity, row, ReportTexts.ENGLISH.get(key, args.apply(ReportTexts.ENGLISH)),
                ReportTexts.CHINESE.get(key, args.apply(ReportTexts.CHINESE)));
    }

    private static Object[] labels(ReportTexts texts, Object[] args) {
        return Arrays.stream(args).map(arg -> label(texts, arg)).toArray();
    }

    /** @return a row's label, rows' labels joined by " + ", other arguments as they are */
    private static Object label(ReportTexts texts, Object arg) {
        if (arg instanceof ReportRow row) {
            return texts.label(row);
        }
        if (arg instanceof List<?> rows) {
            return String.join(" + ", rows.stream().map(row -> label(texts, row).toString()).toList()); //$NON-NLS-1$
        }
        return arg;
    }

    /** @return the message in this language */
    public String message(ReportTexts texts) {
        return texts == ReportTexts.CHINESE ? chinese : english;
    }
}
