package org.govsite.benchmarks.model;

import org.eclipse.emf.ecore.EObject;
import org.govsite.model.Named;

/** Baseline: visiting every object of the province once and reading its name, the least any whole-tree pass does. */
public final class ModelTraverse extends OnStandardProvince {

    static final String NAME = "model.traverse";

    private long checksum;

    @Override
    public String name() {
        return NAME;
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
