package org.govsite.audit.history;

import java.util.List;

/**
 * What changed between an earlier and a later run of a site, findings compared by key.
 *
 * @param added findings of the later run whose key the earlier run did not have (new)
 * @param fixed findings of the earlier run whose key the later run no longer has
 * @param stillOpen findings of the later run whose key the earlier run had too
 */
public record RunDiff(List<StoredFinding> added, List<StoredFinding> fixed, List<StoredFinding> stillOpen) {

    public RunDiff {
        added = List.copyOf(added);
        fixed = List.copyOf(fixed);
        stillOpen = List.copyOf(stillOpen);
    }
}
