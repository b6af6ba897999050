package org.govsite.benchmarks.migration;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.audit.crawl.Downloader;
import org.govsite.audit.crawl.Hop;
import org.govsite.benchmarks.Benchmark;

/**
 * Baseline of the migration benchmarks: every URL of the generated site (its {@value MigrationSite#PAGES} pages and
 * the attachments) fetched once with the crawler's own HTTP client ({@link Downloader}: Apache HttpClient 5 async,
 * {@value SiteFixture#CONNECTIONS} requests in flight), bodies read into memory, nothing parsed or decoded.
 */
public final class BareFetch implements Benchmark {
    private SiteFixture fixture;
    private long bytes;
    private final List<String> iterations = new ArrayList<>();

    @Override
    public String name() {
        return "migration.fetch";
    }

    @Override
    public void setUp() throws Exception {
        fixture = SiteFixture.get();
    }

    @Override
    public void run() throws Exception {
        long start = System.nanoTime();
        long startCpu = ProcessCpu.nanos();
        long read = 0;
        try (Downloader downloader = new Downloader(SiteFixture.crawl());
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Hop>> answers = new ArrayList<>();
            for (URI url : fixture.urls) {
                answers.add(threads.submit(() -> downloader.get(url).last()));
            }
            for (Future<Hop> answer : answers) {
                Hop hop = answer.get();
                if (hop.status() != 200 || hop.body() == null) {
                    throw new IllegalStateException(hop.url() + " answered " + hop.status());
                }
                read += hop.body().length;
            }
        }
        bytes = read;
        double seconds = (System.nanoTime() - start) / 1e9;
        iterations.add(String.format("%.1f s (%.0f pages/s; CPU %.1f s)", seconds, MigrationSite.PAGES / seconds,
                (ProcessCpu.nanos() - startCpu) / 1e9));
    }

    @Override
    public String notes() {
        return String.format("%s: %,d URLs (%,d pages and the attachments), %,d KB read; each iteration (warm-up "
                + "included): %s", name(), fixture.urls.size(), MigrationSite.PAGES, bytes / 1024,
                String.join("; ", iterations));
    }
}
