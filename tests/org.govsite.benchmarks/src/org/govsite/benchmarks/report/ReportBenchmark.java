package org.govsite.benchmarks.report;

import java.nio.file.Files;
import java.nio.file.Path;

import org.govsite.benchmarks.Benchmark;
import org.govsite.testing.Folders;

/**
 * What the report.* benchmarks share: the statistics JSON made once, a fresh output folder per iteration (deleted
 * after it, untimed), the heap's peak over the iterations, the bytes written.
 */
abstract class ReportBenchmark implements Benchmark {
    protected byte[] json;
    protected Path folder;
    protected long peakMb;
    protected long bytes;

    @Override
    public void setUp() throws Exception {
        json = ReportFixture.json();
    }

    @Override
    public void beforeEach() throws Exception {
        folder = Files.createTempDirectory("govsite-" + name());
        ReportFixture.resetPeak();
    }

    @Override
    public void afterEach() throws Exception {
        peakMb = Math.max(peakMb, ReportFixture.peakMb());
        try (var files = Files.list(folder)) {
            bytes = files.mapToLong(file -> file.toFile().length()).sum();
        }
        Folders.delete(folder);
    }

    @Override
    public String notes() {
        return String.format("%s: %d sites (%,d articles), %d workbooks, %d KB written, peak heap %d MB", name(),
                ReportFixture.SITES, ReportFixture.ARTICLES, ReportFixture.SITES + 1, bytes >> 10, peakMb);
    }
}
