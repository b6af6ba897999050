package org.govsite.benchmarks.audit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The median crawls of the audit.* benchmarks of this run, for the notes: pages/s, peak memory, whether the broken
 * links found are the planted ones, and the ratio of GovSite's pages/s to the fastest other tool's.
 */
final class CrawlerRuns {
    static final String BASELINE = "audit.plain-java";
    static final String GOVSITE = "audit.govsite";
    private static final Map<String, CrawlerRun> RUNS = new LinkedHashMap<>();
    private static Set<String> planted = Set.of();

    private CrawlerRuns() {
    }

    static synchronized void add(CrawlerRun run, Set<String> plantedLinks) {
        RUNS.put(run.tool(), run);
        planted = plantedLinks;
    }

    /** @return the note of this benchmark's median crawl (GovSite's names the fastest other tool and the ratio) */
    static synchronized String note(String name) {
        CrawlerRun run = RUNS.get(name);
        CrawlerRun govSite = RUNS.get(GOVSITE);
        String identical = run.broken().equals(planted) ? "the planted " + planted.size()
                : "NOT the planted ones: " + run.broken().size() + " found, missed "
                        + planted.stream().filter(url -> !run.broken().contains(url)).count() + ", extra "
                        + run.broken().stream().filter(url -> !planted.contains(url)).count();
        String note = String.format(Locale.ROOT,
                "%s: %.0f pages/s (%.2f s for %d pages, %d requests served), peak RSS %d MB, broken links: %s%s", name,
                run.pagesPerSecond(), run.seconds(), LinkSite.PAGES, run.requests(), run.peakRssKb() / 1024,
                identical, govSite != null && govSite != run ? ", same set as GovSite's: " + run.broken().equals(govSite.broken()) : "");
        if (run == govSite) {
            CrawlerRun fastest = RUNS.values().stream()
                    .filter(other -> !other.tool().equals(GOVSITE) && !other.tool().equals(BASELINE))
                    .max(Comparator.comparingDouble(CrawlerRun::pagesPerSecond)).orElse(null);
            if (fastest != null) {
                note += String.format(Locale.ROOT, "; %.2fx the pages/s of the fastest other link checker (%s)",
                        run.pagesPerSecond() / fastest.pagesPerSecond(), fastest.tool());
            }
        }
        return note;
    }
}
