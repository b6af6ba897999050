package org.govsite.report.cli;

import java.nio.file.Path;
import java.util.List;

import org.govsite.audit.cli.Arguments;
import org.govsite.audit.cli.UsageException;
import org.govsite.report.ReportTexts;

/** The options of {@code govsite report supervision} (docs/reports.md, "Command line"), checked before anything is read. */
final class SupervisionOptions {
    int year;
    Path workspace;
    String platform;
    Path counts;
    Path output;
    boolean help;

    private SupervisionOptions() {
    }

    static SupervisionOptions parse(List<String> args, ReportTexts text) throws UsageException {
        SupervisionOptions options = new SupervisionOptions();
        Arguments it = new Arguments(args);
        for (String option = it.nextOption(); option != null; option = it.nextOption()) {
            switch (option) {
            case "--year" -> options.year = ReportOptions.year(it.single(option), text); //$NON-NLS-1$
            case "--workspace" -> options.workspace = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--platform" -> options.platform = it.single(option); //$NON-NLS-1$
            case "--counts" -> options.counts = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--output" -> options.output = it.path(option, it.single(option)); //$NON-NLS-1$
            default -> throw it.unknownOption(option);
            }
        }
        options.help = it.help();
        if (!options.help) {
            ReportOptions.required("--year", options.year == 0, text); //$NON-NLS-1$
            ReportOptions.required("--workspace", options.workspace == null, text); //$NON-NLS-1$
            ReportOptions.required("--output", options.output == null, text); //$NON-NLS-1$
        }
        return options;
    }

    /** @return the workbench's store folder, holding the platform store and the audit history */
    Path storeFolder() {
        return workspace.resolve("store"); //$NON-NLS-1$
    }
}
