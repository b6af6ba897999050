package org.govsite.audit.verdict;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.osgi.util.NLS;
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

    /** @return the localized description, naming the number of findings cited and the points deducted */
    public String message() {
        return NLS.bind(indicator.message(), evidence.size(), BigDecimal.valueOf(points).stripTrailingZeros()
                .toPlainString());
    }
}
