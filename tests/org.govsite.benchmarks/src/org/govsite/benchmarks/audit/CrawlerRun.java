package org.govsite.benchmarks.audit;

import java.util.Set;

/**
 * One crawl of the {@link LinkSite} by one tool.
 *
 * @param tool the benchmark's name
 * @param seconds wall-clock time of the whole process
 * @param peakRssKb the process's peak resident set size (GNU time's "Maximum resident set size")
 * @param requests requests the site served
 * @param broken the paths of the broken links the tool reported
 */
record CrawlerRun(String tool, double seconds, long peakRssKb, long requests, Set<String> broken) {

    double pagesPerSecond() {
        return LinkSite.PAGES / seconds;
    }
}
