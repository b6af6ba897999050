package org.govsite.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.report.ReportFiles;

/** The annual report's file choices answered by the test: statistics files per year, log files, export targets. */
final class TestReportFiles implements ReportFiles {
    final Map<Integer, Path> statistics = new HashMap<>();
    final List<Integer> statisticsAsked = new ArrayList<>();
    List<Path> logs = List.of();
    Path target;
    final List<String> proposedNames = new ArrayList<>();

    @Override
    public Optional<Path> statistics(Shell shell, int year) {
        statisticsAsked.add(year);
        return Optional.ofNullable(statistics.get(year));
    }

    @Override
    public List<Path> accessLogs(Shell shell) {
        return logs;
    }

    @Override
    public Optional<Path> target(Shell shell, String fileName) {
        proposedNames.add(fileName);
        return Optional.ofNullable(target);
    }
}
