package org.govsite.benchmarks.model;

import org.govsite.benchmarks.Benchmark;
import org.govsite.benchmarks.StandardProvince;
import org.govsite.model.query.PlatformFilter;

/**
 * Filtering as you type in the Platform Explorer: the five {@link FilterQueries} against the province's snapshot,
 * matches plus their ancestors marked visible. Divide by five for one keystroke.
 */
public final class FilterApply implements Benchmark {

    private PlatformFilter filter;
    private long matches;

    @Override
    public String name() {
        return "model.filter.apply";
    }

    @Override
    public String baseline() {
        return NaiveScan.NAME;
    }

    @Override
    public void setUp() {
        filter = new PlatformFilter(StandardProvince.get());
    }

    @Override
    public void run() {
        for (String text : FilterQueries.TEXTS) {
            matches += filter.apply(text).matchCount();
        }
    }

    @Override
    public void tearDown() {
        if (matches == 0) {
            throw new IllegalStateException("no query matched anything");
        }
    }
}
