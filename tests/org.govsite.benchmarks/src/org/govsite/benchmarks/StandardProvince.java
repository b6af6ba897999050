package org.govsite.benchmarks;

import org.govsite.demo.DemoProvince;
import org.govsite.model.Platform;

/** The STANDARD demo province every benchmark works on, generated once per run. */
public final class StandardProvince {

    private static Platform platform;

    private StandardProvince() {
    }

    public static synchronized Platform get() {
        if (platform == null) {
            platform = DemoProvince.generate(DemoProvince.Size.STANDARD, 1L);
        }
        return platform;
    }
}
