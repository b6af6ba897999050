package org.govsite.benchmarks.model;

import org.eclipse.emf.ecore.EObject;
import org.govsite.benchmarks.Benchmark;
import org.govsite.benchmarks.StandardProvince;
import org.govsite.model.Named;
import org.govsite.model.Platform;

/** Baseline: visiting every object of the province once and reading its name, the least any whole-tree pass does. */
public final class ModelTraverse implements Benchmark {

    static final String NAME = "model.traverse";

    private Platform platform;
    private long checksum;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp() {
        platform = StandardProvince.get();
    }

    @Override
    public void run() {
        long sum = 0;
        for (var all = platform.eAllContents(); all.hasNext();) {
            EObject object = all.next();
            if (object instanceof Named named) {
                sum += named.getName().length();
            }
        }
        checksum += sum;
    }

    @Override
    public void tearDown() {
        if (checksum == 0) {
            throw new IllegalStateException("nothing visited");
        }
    }
}
