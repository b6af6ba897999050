package org.govsite.report.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import org.govsite.report.ReportTexts;

/**
 * The options of {@code govsite report} (docs/reports.md, "Command line"), checked before anything is read. Options
 * taking several values ({@code --logs}, {@code --site}) take every argument up to the next option.
 */
final class ReportOptions {
    /** A usage error, its message in the chosen language. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    int year;
    Path statistics;
    final List<Path> logs = new ArrayList<>();
    Path manual;
    Path output;
    Path province;
    final List<String> sites = new ArrayList<>();
    LocalDate publication = LocalDate.now();
    boolean help;

    private ReportOptions() {
    }

    static ReportOptions parse(List<String> args, ReportTexts text) throws UsageException {
        ReportOptions options = new ReportOptions();
        ListIterator<String> it = args.listIterator();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
            case "--help", "-h" -> options.help = true; //$NON-NLS-1$ //$NON-NLS-2$
            case "--year" -> options.year = year(single(it, option, text), text); //$NON-NLS-1$
            case "--statistics" -> options.statistics = Path.of(single(it, option, text)); //$NON-NLS-1$
            case "--logs" -> values(it, option, text).forEach(value -> options.logs.add(Path.of(value))); //$NON-NLS-1$
            case "--manual" -> options.manual = Path.of(single(it, option, text)); //$NON-NLS-1$
            case "--output" -> options.output = Path.of(single(it, option, text)); //$NON-NLS-1$
            case "--province" -> options.province = Path.of(single(it, option, text)); //$NON-NLS-1$
            case "--site" -> options.sites.addAll(values(it, option, text)); //$NON-NLS-1$
            case "--published" -> options.publication = date(single(it, option, text), text); //$NON-NLS-1$
            case "--lang" -> { //$NON-NLS-1$
                String lang = single(it, option, text);
                if (!List.of("zh", "en").contains(lang)) { //$NON-NLS-1$ //$NON-NLS-2$
                    throw new UsageException(text.get("Cli_badLanguage", lang)); //$NON-NLS-1$
                }
            }
            default -> throw new UsageException(text.get("Cli_unknownOption", option)); //$NON-NLS-1$
            }
        }
        if (!options.help) {
            required("--year", options.year == 0, text); //$NON-NLS-1$
            required("--statistics", options.statistics == null, text); //$NON-NLS-1$
            required("--output", options.output == null, text); //$NON-NLS-1$
        }
        return options;
    }

    /** @return the province workbook's file: {@code --province}, else {@code province-YYYY.xlsx} in the output */
    Path provinceFile() {
        return province != null ? province : output.resolve("province-" + year + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void required(String option, boolean missing, ReportTexts text) throws UsageException {
        if (missing) {
            throw new UsageException(text.get("Cli_missingOption", option)); //$NON-NLS-1$
        }
    }

    private static List<String> values(ListIterator<String> it, String option, ReportTexts text)
            throws UsageException {
        List<String> values = new ArrayList<>();
        while (it.hasNext()) {
            String value = it.next();
            if (value.startsWith("--")) { //$NON-NLS-1$
                it.previous();
                break;
            }
            values.add(value);
        }
        if (values.isEmpty()) {
            throw new UsageException(text.get("Cli_missingValue", option)); //$NON-NLS-1$
        }
        return values;
    }

    private static String single(ListIterator<String> it, String option, ReportTexts text) throws UsageException {
        List<String> values = values(it, option, text);
        if (values.size() > 1) {
            throw new UsageException(text.get("Cli_oneValue", option)); //$NON-NLS-1$
        }
        return values.get(0);
    }

    private static int year(String value, ReportTexts text) throws UsageException {
        if (!value.matches("(19|20|21)\\d\\d")) { //$NON-NLS-1$
            throw new UsageException(text.get("Cli_badYear", value)); //$NON-NLS-1$
        }
        return Integer.parseInt(value);
    }

    private static LocalDate date(String value, ReportTexts text) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(text.get("Cli_badDate", value)); //$NON-NLS-1$
        }
    }
}
