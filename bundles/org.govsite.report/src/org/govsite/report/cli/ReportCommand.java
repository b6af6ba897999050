package org.govsite.report.cli;

import java.io.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsite.audit.cli.CommandPrelude;
import org.govsite.audit.cli.PlatformLogin;
import org.govsite.audit.cli.UsageException;
import org.govsite.audit.export.Texts;
import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.CryptoException;
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
import org.govsite.report.logs.AccessLogImport;
import org.govsite.report.logs.LogFiles;
import org.govsite.report.logs.LogRules;
import org.govsite.report.logs.LogSummary;
import org.govsite.report.publish.PlatformStatistics;
import org.govsite.report.xlsx.ProvinceWorkbook;
import org.govsite.report.xlsx.SiteWorkbook;

/**
 * {@code govsite report}: the annual reports of a year from the platform's statistics (a JSON file of the statistics
 * contract, or the platform itself through the signed client), access logs and manual fields, checked and written as
 * one XLSX per site and the province workbook, and with {@code --publish} uploaded to each site's annual-report
 * column; {@code govsite report supervision} writes the supervision report ({@link SupervisionCommand}).
 * UI-free; the Equinox application {@code org.govsite.report.cli} runs it. Options and exit codes: docs/reports.md.
 */
public final class ReportCommand {
    /** Written (and published), no consistency error. */
    public static final int OK = CommandPrelude.OK;
    /** Written, with consistency errors (listed on standard error). */
    public static final int ERRORS = 1;
    /** Bad usage: nothing was read. */
    public static final int USAGE = CommandPrelude.USAGE;
    /** An input could not be read, an output not written, or the platform not reached or logged in to. */
    public static final int FAILED = 3;
    /** Written, but at least one site's report not published (listed on standard error); the others were. */
    public static final int NOT_PUBLISHED = 4;

    /** The sub-command writing the supervision report. */
    static final String SUPERVISION = "supervision"; //$NON-NLS-1$

    private final Console console;

    /** A command asking for missing secrets on the process's console, if it has one. */
    public ReportCommand() {
        this(System.console());
    }

    /** @param console where to ask for the password and passphrase when no file gives them; null: nowhere */
    ReportCommand(Console console) {
        this.console = console;
    }

    /**
     * @param args the options (or {@code supervision} and its options)
     * @param out receives the help, the files written and the articles published
     * @param err receives usage errors, the log summary, the problems and failures
     * @return the exit code: {@link #OK}, {@link #ERRORS}, {@link #USAGE}, {@link #FAILED} or {@link #NOT_PUBLISHED}
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && SUPERVISION.equals(args.get(0))) {
            return new SupervisionCommand().run(args.subList(1, args.size()), out, err);
        }
        ReportTexts text = ReportTexts.of(Texts.language(args));
        CommandPrelude<ReportOptions> prelude = CommandPrelude.parse(() -> ReportOptions.parse(args, text),
                options -> options.help, text.get("Cli_usage"), text.get("Cli_usageHint"), out, err); //$NON-NLS-1$ //$NON-NLS-2$
        if (prelude.done()) {
            return prelude.exit();
        }
        ReportOptions options = prelude.options();
        try (PlatformClient client = options.login.server() == null ? null
                : PlatformLogin.open(options.login, console)) {
            StatisticsSource source = client == null ? StatisticsSource.file(options.statistics)
                    : new PlatformStatistics(client);
            List<SiteStatistics> sites = sites(source.read(options.year), options, text);
            List<AnnualReport> reports = new ArrayList<>();
            Map<SiteStatistics, Path> clean = write(options, sites, reports, text, out, err);
            try (OutputStream xlsx = Files.newOutputStream(options.provinceFile())) {
                ProvinceWorkbook.write(reports, text, xlsx);
            }
            out.println(options.provinceFile());
            if (options.publish && !ReportPublication.publish(client, options.year, sites, clean, text, out, err)) {
                return NOT_PUBLISHED;
            }
            return clean.size() < sites.size() ? ERRORS : OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (ClientException | CryptoException e) {
            err.println(PlatformLogin.failure(options.login, e));
            return FAILED;
        } catch (IOException | RuntimeException e) {
            err.println(text.get("Cli_failed", e.toString())); //$NON-NLS-1$
            return FAILED;
        }
    }

    /**
     * Checks and writes each site's report, printing its problems and its file.
     *
     * @param reports receives the reports, for the province workbook
     * @return the file of each site whose report has no consistency error, in order
     */
    private static Map<SiteStatistics, Path> write(ReportOptions options, List<SiteStatistics> sites,
            List<AnnualReport> reports, ReportTexts text, PrintStream out, PrintStream err) throws IOException {
        Map<String, Visits> visits = visits(options, sites, err, text);
        ManualFieldsStore store = options.manual == null ? null : new ManualFieldsStore(options.manual);
        ConsistencyChecks checks = new ConsistencyChecks(ConsistencyChecks.CheckSettings.defaults());
        Map<SiteStatistics, Path> clean = new LinkedHashMap<>();
        Files.createDirectories(options.output);
        for (SiteStatistics site : sites) {
            ManualFields manual = store == null ? ManualFields.empty() : store.load(site.host(), options.year);
            AnnualReport report = new AnnualReport(options.year, site, visits.getOrDefault(site.host(),
                    Visits.NONE), manual);
            reports.add(report);
            boolean errors = false;
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
            if (!errors) {
                clean.put(site, file);
            }
        }
        return clean;
    }

    /** @return the sites reported: those of {@code --site}, or all, after checking the statistics' year */
    private static List<SiteStatistics> sites(Statistics statistics, ReportOptions options, ReportTexts text)
            throws UsageException {
        if (statistics.year() != options.year) {
            throw new UsageException(text.get("Cli_otherYear", options.statisticsSource(), statistics.year(), //$NON-NLS-1$
                    options.year));
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
