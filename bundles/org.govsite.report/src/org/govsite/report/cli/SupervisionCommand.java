package org.govsite.report.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.govsite.audit.cli.CommandPrelude;
import org.govsite.audit.cli.UsageException;
import org.govsite.audit.export.Texts;
import org.govsite.model.validation.Severity;
import org.govsite.report.Problem;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.SiteChanges;
import org.govsite.report.supervision.SpotCheckResult;
import org.govsite.report.supervision.SpotChecks;
import org.govsite.report.supervision.SupervisionCountsStore;
import org.govsite.report.supervision.SupervisionEntries;
import org.govsite.report.supervision.SupervisionItem;
import org.govsite.report.supervision.SupervisionReport;
import org.govsite.report.xlsx.SupervisionWorkbook;

/**
 * {@code govsite report supervision}: the province's 政府网站监管年度报表 of a year, from the workbench workspace's
 * platform store and audit history ({@link WorkspaceRecords}) and the counts entered by hand
 * ({@link SupervisionCountsStore}, {@code --counts}), checked and written as one XLSX. Options and exit codes (those
 * of the annual reports): docs/reports.md.
 */
final class SupervisionCommand {

    /**
     * @param args the options after {@code supervision}
     * @param out receives the help and the file written
     * @param err receives usage errors, the problems and failures
     * @return {@link ReportCommand#OK}, {@link ReportCommand#ERRORS}, {@link ReportCommand#USAGE} or
     *         {@link ReportCommand#FAILED}
     */
    int run(List<String> args, PrintStream out, PrintStream err) {
        ReportTexts text = ReportTexts.of(Texts.language(args));
        CommandPrelude<SupervisionOptions> prelude = CommandPrelude.parse(() -> SupervisionOptions.parse(args, text),
                options -> options.help, text.get("Cli_supervisionUsage"), text.get("Cli_usageHint"), out, err); //$NON-NLS-1$ //$NON-NLS-2$
        if (prelude.done()) {
            return prelude.exit();
        }
        SupervisionOptions options = prelude.options();
        try {
            WorkspaceRecords records = WorkspaceRecords.read(options.storeFolder(), options.platform, text);
            SupervisionEntries entries = options.counts == null ? new SupervisionEntries("", Map.of()) //$NON-NLS-1$
                    : new SupervisionCountsStore(options.counts).load(options.year);
            int inService = SiteChanges.inService(records.sites(), options.year);
            SpotChecks spotChecks = SpotChecks.defaults();
            SpotCheckResult checks = spotChecks.compute(options.year, records.runs(), inService);
            Map<SupervisionItem, Long> counts = new EnumMap<>(SupervisionItem.class);
            counts.putAll(entries.counts());
            SiteChanges changes = SiteChanges.count(records.sites(), options.year);
            counts.put(SupervisionItem.SITES_OPENED, Long.valueOf(changes.opened()));
            counts.put(SupervisionItem.SITES_CLOSED, Long.valueOf(changes.closed()));
            SupervisionReport report = new SupervisionReport(options.year, entries.filler(), checks, counts);
            List<Problem> problems = new ArrayList<>(spotChecks.problems(checks, inService));
            problems.addAll(report.validate());
            for (Problem problem : problems) {
                err.println(text.get("Cli_problem", options.year, problem.severity(), problem.check(), //$NON-NLS-1$
                        problem.message(text)));
            }
            Path parent = options.output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream xlsx = Files.newOutputStream(options.output)) {
                SupervisionWorkbook.write(report, spotChecks.percent(), text, xlsx);
            }
            out.println(options.output);
            return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? ReportCommand.ERRORS
                    : ReportCommand.OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return ReportCommand.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println(text.get("Cli_failed", e.toString())); //$NON-NLS-1$
            return ReportCommand.FAILED;
        }
    }
}
