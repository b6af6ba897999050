package org.govsite.benchmarks.server;

import org.govsite.benchmarks.Benchmark;

/** A benchmark on the generated platform of {@link StatisticsFixture}, shared by every such benchmark of the run. */
abstract class OnStatisticsPlatform implements Benchmark {
    StatisticsFixture fixture;

    @Override
    public final void setUp() throws Exception {
        fixture = StatisticsFixture.get();
    }
}
