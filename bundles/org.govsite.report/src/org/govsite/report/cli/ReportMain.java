package org.govsite.report.cli;

import java.util.List;

/**
 * {@code govsite report} without the OSGi framework: the product's {@code govsite} script runs this class on a flat
 * class path of the product's plugins (docs/reports.md, "Command line"). The exit code is {@link ReportCommand}'s.
 */
public final class ReportMain {
    private ReportMain() {
    }

    public static void main(String[] args) {
        System.exit(new ReportCommand().run(List.of(args), System.out, System.err));
    }
}
