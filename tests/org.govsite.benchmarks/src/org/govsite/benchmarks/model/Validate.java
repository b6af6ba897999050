package org.govsite.benchmarks.model;

import org.govsite.benchmarks.Benchmark;
import org.govsite.benchmarks.StandardProvince;
import org.govsite.model.Platform;
import org.govsite.model.validation.GovSiteValidation;

/** Validating the whole province under every rule, as the Problems view does after edits. */
public final class Validate implements Benchmark {

    private Platform platform;

    @Override
    public String name() {
        return "model.validate";
    }

    @Override
    public String baseline() {
        return ModelTraverse.NAME;
    }

    @Override
    public void setUp() {
        platform = StandardProvince.get();
    }

    @Override
    public void run() {
        if (GovSiteValidation.validate(platform, null).isEmpty()) {
            throw new IllegalStateException("the demo's planted problems were not found");
        }
    }
}
