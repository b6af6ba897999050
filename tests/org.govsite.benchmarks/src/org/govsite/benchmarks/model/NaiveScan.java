package org.govsite.benchmarks.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.govsite.model.Named;

/**
 * Baseline for filtering: the obvious implementation, walking the tree for every query and lower-casing each
 * name to test {@code contains}, collecting the matches (ancestors not even marked).
 */
public final class NaiveScan extends OnStandardProvince {

    static final String NAME = "model.filter.naive";

    private long matchCount;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() {
        for (String text : FilterQueries.TEXTS) {
            String needle = text.toLowerCase(Locale.ROOT);
            Set<EObject> matches = new HashSet<>();
            for (var all = platform.eAllContents(); all.hasNext();) {
                EObject object = all.next();
                if (object instanceof Named named && named.getName().toLowerCase(Locale.ROOT).contains(needle)) {
                    matches.add(object);
                }
            }
            matchCount += matches.size();
        }
    }

    @Override
    public void tearDown() {
        if (matchCount == 0) {
            throw new IllegalStateException("no query matched anything");
        }
    }
}
