package org.govsite.benchmarks.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.govsite.benchmarks.Benchmark;
import org.govsite.migration.ImportResult;
import org.govsite.migration.MigrationPlan;
import org.govsite.migration.Planner;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.load.ImportSettings;
import org.govsite.migration.load.Importer;
import org.govsite.migration.load.JournalFile;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.redirect.RedirectUpload;
import org.govsite.migration.source.CrawlSource;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;
import org.govsite.testing.Folders;

/**
 * A whole migration of the generated site into a fresh platform ({@link MigrationPlatform}, made before each
 * iteration): source (a live crawl, or the site's {@code wget --mirror} copy on disk), extraction with attachments
 * kept in a digest folder, mapping and plan ({@link Planner}); the import of every article into the resource library
 * through the signed API with its journal ({@link Importer}); the redirect table uploaded ({@link RedirectUpload}).
 * Each phase is timed apart (wall clock and the JVM's CPU time); the notes give pages/s and where the time went.
 */
public final class FullMigration implements Benchmark {
    /** Articles in flight during the import ({@code -Dgovsite.bench.migration.inflight=N}). */
    static final int IN_FLIGHT = Integer.getInteger("govsite.bench.migration.inflight",
            ImportSettings.DEFAULT_REQUESTS_IN_FLIGHT);
    /** Whether each batch goes in one bulk request ({@code -Dgovsite.bench.migration.bulk=false}: one per article). */
    static final boolean BULK = Boolean.parseBoolean(System.getProperty("govsite.bench.migration.bulk", "true"));
    /**
     * Articles per journal batch, in bulk one request each ({@code -Dgovsite.bench.migration.batch=N}, up to
     * {@link org.govsite.client.PlatformClient#MAX_ARTICLES_PER_BATCH}): 100 by default, as batches of 500 made the import slower on H2
     * (docs/benchmarks.md, "Migration").
     */
    static final int BATCH = Integer.getInteger("govsite.bench.migration.batch", 100);
    private final boolean mirror;
    private SiteFixture fixture;
    private Path mirrorFolder;
    private Path work;
    private MigrationPlatform platform;
    private final List<long[]> phases = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int imported;

    private FullMigration(boolean mirror) {
        this.mirror = mirror;
    }

    public static Benchmark live() {
        return new FullMigration(false);
    }

    public static Benchmark mirror() {
        return new FullMigration(true);
    }

    @Override
    public String name() {
        return mirror ? "migration.mirror" : "migration.full";
    }

    @Override
    public String baseline() {
        return "migration.fetch";
    }

    @Override
    public void setUp() throws Exception {
        fixture = SiteFixture.get();
        if (mirror) {
            mirrorFolder = fixture.site.mirror(Files.createTempDirectory("govsite-bench-mirror"));
        }
    }

    @Override
    public void beforeEach() throws Exception {
        work = Files.createTempDirectory("govsite-bench-migration");
        platform = new MigrationPlatform();
    }

    @Override
    public void run() throws Exception {
        long start = System.nanoTime();
        long startCpu = ProcessCpu.nanos();
        DigestFolder attachments = new DigestFolder(work.resolve("attachments"));
        MigrationPlan plan;
        try (LegacySource source = mirror ? new MirrorSource(mirrorFolder, "http", List.of())
                : new CrawlSource(fixture.site.url("/"), SiteFixture.crawl(), List.of())) {
            plan = new Planner(MigrationSite.settings()).plan(source, attachments, KnownUrls.NONE, null);
        }
        long planned = System.nanoTime();
        long plannedCpu = ProcessCpu.nanos();
        List<ImportResult> results;
        try (JournalFile journal = JournalFile.open(work.resolve("journal.jsonl"))) {
            results = new Importer(platform.editor, journal, attachments, new ImportSettings(BATCH, "某市人民政府办公室", IN_FLIGHT, BULK))
                    .run(plan, null);
        }
        long loaded = System.nanoTime();
        long loadedCpu = ProcessCpu.nanos();
        new RedirectUpload(platform.editor, RedirectUpload.MAX_BATCH).upload(RedirectTable.of(plan, results), null);
        long redirected = System.nanoTime();
        phases.add(new long[] { planned - start, loaded - planned, redirected - loaded, plannedCpu - startCpu,
                loadedCpu - plannedCpu });
        check(plan, results);
    }

    private void check(MigrationPlan plan, List<ImportResult> results) {
        imported = (int) results.stream().filter(r -> r.status() == ImportResult.Status.IMPORTED).count();
        if (plan.outcomes().size() < MigrationSite.PAGES || imported != MigrationSite.articles()) {
            Map<String, Long> outcomes = plan.outcomes().stream().collect(Collectors.groupingBy(o -> o.status() + " "
                    + (o.failure() != null ? o.failure() : o.article() != null ? "article" : "-"), TreeMap::new,
                    Collectors.counting()));
            problems.add(String.format("%d outcomes %s, %d articles imported of %d", plan.outcomes().size(), outcomes,
                    imported, MigrationSite.articles()));
        }
    }

    @Override
    public void afterEach() throws Exception {
        platform.close();
        Folders.delete(work);
    }

    @Override
    public void tearDown() throws Exception {
        if (mirrorFolder != null) {
            Folders.delete(mirrorFolder);
        }
    }

    @Override
    public String notes() {
        StringBuilder iterations = new StringBuilder();
        for (long[] p : phases) {
            iterations.append(String.format("%s%.1f + %.1f + %.1f s (%.0f pages/s, import %.0f articles/s; CPU plan %.1f s, "
                    + "import %.1f s)", iterations.isEmpty() ? "" : "; ", p[0] / 1e9, p[1] / 1e9, p[2] / 1e9,
                    MigrationSite.PAGES / ((p[0] + p[1] + p[2]) / 1e9), imported / (p[1] / 1e9), p[3] / 1e9, p[4] / 1e9));
        }
        return String.format("%s: %,d pages, %,d articles imported, %d in flight, %s; each iteration (warm-up included), "
                + "source+extract+plan + import + redirect upload: %s%s", name(), MigrationSite.PAGES, imported,
                IN_FLIGHT, BULK ? "bulk requests of " + BATCH : "batches of " + BATCH + ", one request per article", iterations, problems.isEmpty() ? "; every page planned and every article imported"
                        : "; PROBLEMS: " + String.join("; ", problems));
    }
}
