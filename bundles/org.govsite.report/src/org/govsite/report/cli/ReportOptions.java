package org.govsite.report.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.govsite.audit.cli.Arguments;
import org.govsite.audit.cli.LoginOptions;
import org.govsite.audit.cli.UsageException;
import org.govsite.protocol.PageTime;
import org.govsite.report.ReportTexts;

/**
 * The options of {@code govsite report} (docs/reports.md, "Command line"), checked before anything is read. Options
 * taking several values ({@code --logs}, {@code --site}) take every argument up to the next option.
 */
final class ReportOptions {
    int year;
    Path statistics;
    final List<Path> logs = new ArrayList<>();
    Path manual;
    Path output;
    Path province;
    final List<String> sites = new ArrayList<>();
    /** the day of publication, by default today in Beijing time (as the workbench takes it), whatever the machine's zone */
    LocalDate publication = LocalDate.now(PageTime.ZONE);
    boolean publish;
    boolean help;
    final LoginOptions login;

    private ReportOptions(List<String> args) {
        login = new LoginOptions(args);
    }

    static ReportOptions parse(List<String> args, ReportTexts text) throws UsageException {
        ReportOptions options = new ReportOptions(args);
        Arguments it = new Arguments(args);
        for (String option = it.nextOption(); option != null; option = it.nextOption()) {
            switch (option) {
            case "--year" -> options.year = year(it.single(option), text); //$NON-NLS-1$
            case "--statistics" -> options.statistics = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--logs" -> { //$NON-NLS-1$
                for (String value : it.values(option)) {
                    options.logs.add(it.path(option, value));
                }
            }
            case "--manual" -> options.manual = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--output" -> options.output = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--province" -> options.province = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--site" -> options.sites.addAll(it.values(option)); //$NON-NLS-1$
            case "--published" -> options.publication = date(it.single(option), text); //$NON-NLS-1$
            case "--publish" -> options.publish = true; //$NON-NLS-1$
            default -> {
                if (!options.login.parse(option, it)) {
                    throw it.unknownOption(option);
                }
            }
            }
        }
        options.help = it.help();
        if (!options.help) {
            required("--year", options.year == 0, text); //$NON-NLS-1$
            required("--output", options.output == null, text); //$NON-NLS-1$
            if ((options.statistics == null) == (options.login.server() == null)) {
                throw new UsageException(text.get("Cli_statisticsOrServer")); //$NON-NLS-1$
            }
            if (options.login.server() != null) {
                options.login.check();
            } else if (options.publish) {
                throw new UsageException(text.get("Cli_publishNeedsServer")); //$NON-NLS-1$
            }
        }
        return options;
    }

    /** @return the province workbook's file: {@code --province}, else {@code province-YYYY.xlsx} in the output */
    Path provinceFile() {
        return province != null ? province : output.resolve("province-" + year + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return where the statistics come from, for messages: the file or the server */
    String statisticsSource() {
        return statistics != null ? statistics.toString() : login.server().toString();
    }

    static void required(String option, boolean missing, ReportTexts text) throws UsageException {
        if (missing) {
            throw new UsageException(text.get("Cli_missingOption", option)); //$NON-NLS-1$
        }
    }

    static int year(String value, ReportTexts text) throws UsageException {
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
