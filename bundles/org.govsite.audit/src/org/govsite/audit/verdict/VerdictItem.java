package org.govsite.audit.verdict;

import java.util.List;

import org.govsite.audit.Finding;

/**
 * One indicator that fired.
 *
 * @param indicator which
 * @param points the points deducted; 0 for single-veto items
 * @param evidence the findings it rests on
 */
public record VerdictItem(Indicator indicator, double points, List<Finding> evidence) {

    public VerdictItem {
        evidence = List.copyOf(evidence);
    }
}
