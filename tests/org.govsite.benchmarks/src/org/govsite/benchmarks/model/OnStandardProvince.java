package org.govsite.benchmarks.model;

import org.govsite.benchmarks.Benchmark;
import org.govsite.benchmarks.StandardProvince;
import org.govsite.model.Platform;

/** A model benchmark over the STANDARD province. */
abstract class OnStandardProvince implements Benchmark {

    protected Platform platform;

    @Override
    public void setUp() {
        platform = StandardProvince.get();
    }
}
