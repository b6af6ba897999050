package org.govsite.benchmarks.model;

import org.govsite.model.Platform;
import org.govsite.model.query.PlatformFilter;

/** The Platform Explorer's filter snapshot of the province, built when the explorer opens and after edits. */
public final class FilterSnapshot extends OnStandardProvince {

    @Override
    public String name() {
        return "model.filter.snapshot";
    }

    @Override
    public String baseline() {
        return ModelTraverse.NAME;
    }

    @Override
    public void run() {
        if (new PlatformFilter(platform).apply("").matchCount() != 0) {
            throw new IllegalStateException("blank text matched something");
        }
    }
}
