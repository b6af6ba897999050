package org.govsite.report.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsite.audit.export.Texts;
import org.govsite.model.validation.Severity;
import org.govsite.report.AnnualReport;
import org.govsite.report.ManualFields;
import org.govsite.report.ManualFieldsStore;
import org.govsite.report.Problem;
import org.govsite.report.ReportTexts;
import org.govsite.report.SiteStatistics;
import org.govsite.report.Statistics;
import org.govsite.report.StatisticsSource;
import org.govsite.report.Visits;
import org.govsite.report.check.ConsistencyChecks;
import org.govsite.report.cli.ReportOptions.UsageException;
import org.govsite.report.logs.AccessLogImport;
import org.govsite.report.logs.LogFiles;
import org.govsite.report.logs.LogRules;
import org.govsite.report.logs.LogSummary;
import org.govsite.report.xlsx.ProvinceWorkbook;
import org.govsite.report.xlsx.SiteWorkbook;

/**
 * {@code govsite report}: the annual reports of a year from the platform's statistics (a JSON file of the statistics
 * contract), access logs and manual fields, checked and written as one XLSX per site and the province workbook.
 * UI-free; the Equinox application {@code org.govsite.report.cli} runs it. Options and exit codes: docs/reports.md.
 * The statistics come through {@link #statistics(ReportOptions)}, where a future {@code --server} fetches them.
 */
public final class ReportCommand {
    /** Written, no consistency error. */
    public static final int OK = 0;
    /** Written, with consistency errors (listed on standard error). */
    public static final int ERRORS = 1;
    /** Bad usage: nothing was read. */
    public static final int USAGE = 2;
    /** An input could not be read or an output not written. */
    public static final int FAILED = 3;

    /**
     * @param args the options
     * @param out receives the help and the files written
     * @param err receives usage errors, the log summary, the problems and failures
     * @return the exit code: {@link #OK}, {@link #ERRORS}, {@link #USAGE} or {@link #FAILED}
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Locale language = Texts.language(args);
        ReportTexts text = ReportTexts.of(language);
        ReportOptions options;
        try {
            options = ReportOptions.parse(args, text);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(text.get("Cli_usageHint")); //$NON-NLS-1$
            return USAGE;
        }
        if (options.help) {
            out.println(text.get("Cli_usage")); //$NON-NLS-1$
            return OK;
        }
        try {
            List<SiteStatistics> sites = sites(statistics(options), options, text);
            Map<String, Visits> visits = visits(options, sites, err, text);
            ManualFieldsStore store = options.manual == null ? null : new ManualFieldsStore(options.manual);
            ConsistencyChecks checks = new ConsistencyChecks(ConsistencyChecks.CheckSettings.defaults());
            List<AnnualReport> reports = new ArrayList<>();
            boolean errors = false;
            Files.createDirectories(options.output);
            for (SiteStatistics site : sites) {
                ManualFields manual = store == null ? ManualFields.empty() : store.load(site.host(), options.year);
                AnnualReport report = new AnnualReport(options.year, site, visits.getOrDefault(site.host(),
                        Visits.NONE), manual);
                reports.add(report);
                for (Problem problem : checks.check(report, options.publication)) {
                    errors |= problem.severity() == Severity.ERROR;
                    err.println(text.get("Cli_problem", site.host(), problem.severity(), problem.check(), //$NON-NLS-1$
                            problem.message(text)));
                }
                Path file = options.output.resolve(site.host() + '-' + options.year + ".xlsx"); //$NON-NLS-1$
                try (OutputStream xlsx = Files.newOutputStream(file)) {
                    SiteWorkbook.write(report, text, xlsx);
                }
                out.println(file);
            }
            try (OutputStream xlsx = Files.newOutputStream(options.provinceFile())) {
                ProvinceWorkbook.write(reports, text, xlsx);
            }
            out.println(options.provinceFile());
            return errors ? ERRORS : OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (IOException | RuntimeException e) {
            err.println(text.get("Cli_failed", e.toString())); //$NON-NLS-1$
            return FAILED;
        }
    }

    /** @return the statistics of the year: from the {@code --statistics} file (a {@code --server} would read a {@code PlatformStatistics} here) */
    private static Statistics statistics(ReportOptions options) throws IOException {
        return StatisticsSource.file(options.statistics).read(options.year);
    }

    /** @return the sites reported: those of {@code --site}, or all, after checking the statistics' year */
    private static List<SiteStatistics> sites(Statistics statistics, ReportOptions options, ReportTexts text)
            throws UsageException {
        if (statistics.year() != options.year) {
            throw new UsageException(text.get("Cli_otherYear", options.statistics, statistics.year(), options.year)); //$NON-NLS-1$
        }
        if (options.sites.isEmpty()) {
            return statistics.sites();
        }
        List<SiteStatistics> chosen = new ArrayList<>();
        for (String host : options.sites) {
            chosen.add(statistics.sites().stream().filter(site -> site.host().equalsIgnoreCase(host)).findFirst()
                    .orElseThrow(() -> new UsageException(text.get("Cli_unknownSite", host)))); //$NON-NLS-1$
        }
        return chosen;
    }

    /**
     * @return the visits per host from the {@code --logs} files and folders (a folder's regular files, by name). A file
     *         whose name starts with a site's host is that site's log for lines without a virtual-host field.
     */
    private static Map<String, Visits> visits(ReportOptions options, List<SiteStatistics> sites, PrintStream err,
            ReportTexts text) throws IOException {
        AccessLogImport logs = new AccessLogImport(LogRules.defaults(), options.year);
        List<String> hosts = sites.stream().map(SiteStatistics::host).toList();
        for (Path file : LogFiles.expand(options.logs)) {
            logs.read(file, LogFiles.host(file, hosts));
        }
        if (!options.logs.isEmpty()) {
            LogSummary summary = logs.summary();
            err.println(text.get("Cli_logs", summary.counted(), summary.excluded(), summary.otherYear(), //$NON-NLS-1$
                    summary.unattributed(), summary.malformed(), String.join(", ", summary.examples()))); //$NON-NLS-1$
        }
        return logs.visits();
    }
}
