package org.govsite.benchmarks.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import org.govsite.report.SiteStatistics;
import org.govsite.report.SiteStatistics.Articles;
import org.govsite.report.SiteStatistics.Cases;
import org.govsite.report.SiteStatistics.Interpretations;
import org.govsite.report.SiteStatistics.Interviews;
import org.govsite.report.SiteStatistics.Messages;
import org.govsite.report.SiteStatistics.Services;
import org.govsite.report.SiteStatistics.Solicitations;
import org.govsite.report.SiteStatistics.Topics;
import org.govsite.report.Statistics;

/**
 * The report.* benchmarks' province: the statistics of {@link #SITES} sites holding {@link #ARTICLES} articles in all
 * (as counts, as the platform answers them), serialized as the statistics contract's JSON; and the heap's peak.
 */
final class ReportFixture {
    static final int SITES = 400;
    static final long ARTICLES = 5_000_000;
    static final int YEAR = 2026;

    private ReportFixture() {
    }

    /** @return the statistics JSON: site i gets a share of the articles growing with i, every part within its whole */
    static byte[] json() throws IOException {
        List<SiteStatistics> sites = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < SITES; i++) {
            long articles = i == SITES - 1 ? ARTICLES - given : ARTICLES * (2L * i + 1) / ((long) SITES * SITES);
            given += articles;
            sites.add(new SiteStatistics("site-" + i, "基准网站" + i, "www.bench" + i + ".gov.cn",
                    String.format("34%08d", i), new Articles(articles, articles / 10, articles / 2, articles / 4),
                    new Topics(20, 3), new Interpretations(40, 20, 10, 5), 12,
                    new Services(true, 0, 300, 250, new Cases(9000, 6000, 3000)), new Messages(500, 480, 3.2, 400),
                    new Solicitations(6, 300, 5), new Interviews(4, 120, 110)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Statistics(YEAR, sites).write(out);
        return out.toByteArray();
    }

    /** Starts measuring the heap's peak. */
    static void resetPeak() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** @return the sum of the heap pools' peak usage since {@link #resetPeak()}, in MB */
    static long peakMb() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
