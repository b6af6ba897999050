package org.govsite.benchmarks.audit;

import org.govsite.benchmarks.Benchmark;

/**
 * The audit.* benchmarks (docs/benchmarks.md, "Audit crawler"): GovSite's crawler, a plain Java baseline and the
 * open-source link checkers, each over the same {@link LinkSite}; GovSite last, so that its note compares with the
 * others of the run.
 */
public final class CrawlerBenchmarks {
    private CrawlerBenchmarks() {
    }

    public static Benchmark plainJava() {
        return new CrawlerBenchmark(CrawlerRuns.BASELINE, Tools.plainJava());
    }

    public static Benchmark linkinator() {
        return new CrawlerBenchmark("audit.linkinator", Tools.linkinator());
    }

    public static Benchmark wget() {
        return new CrawlerBenchmark("audit.wget-spider", Tools.wget());
    }

    public static Benchmark linkchecker() {
        return new CrawlerBenchmark("audit.linkchecker", Tools.linkchecker());
    }

    public static Benchmark govSite() {
        return new CrawlerBenchmark(CrawlerRuns.GOVSITE, Tools.govSite());
    }
}
