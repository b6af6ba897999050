package org.govsite.benchmarks.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.govsite.benchmarks.Benchmark;

/**
 * One crawler of the audit.* benchmarks: each iteration runs it as a process over the whole {@link LinkSite}. Its
 * median run (by time) goes to {@link CrawlerRuns}, which the report's notes compare with the other crawlers of the
 * same run. An absent tool is not run (its note says so).
 */
final class CrawlerBenchmark implements Benchmark {
    private final String name;
    private final Tool tool;
    private final List<CrawlerRun> runs = new ArrayList<>();
    private LinkSite site;
    private Path folder;
    private String prepared;

    CrawlerBenchmark(String name, Tool tool) {
        this.name = name;
        this.tool = tool;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String baseline() {
        return name.equals(CrawlerRuns.BASELINE) ? null : CrawlerRuns.BASELINE;
    }

    @Override
    public void setUp() throws Exception {
        site = new LinkSite();
        folder = Files.createTempDirectory("govsite-" + name);
        if (tool.present()) {
            prepared = tool.prepare(name, site, folder);
        }
    }

    @Override
    public void run() throws Exception {
        if (tool.present()) {
            runs.add(tool.run(name, site, folder));
        }
    }

    @Override
    public void tearDown() throws Exception {
        site.close();
        if (!runs.isEmpty()) {
            runs.sort(Comparator.comparingDouble(CrawlerRun::seconds));
            CrawlerRuns.add(runs.get(runs.size() / 2), site.broken());
        }
    }

    @Override
    public String notes() {
        if (runs.isEmpty()) {
            return String.format(Locale.ROOT, "%s: not installed here, not run (releng/bench-tools.sh installs it)",
                    name);
        }
        return CrawlerRuns.note(name) + (prepared == null ? "" : "; " + prepared);
    }
}
