package org.govsite.audit.history;

import java.util.Map;

import org.govsite.model.validation.Severity;

/**
 * One run's findings counted by severity, a point of a site's trend.
 *
 * @param run the run
 * @param bySeverity findings per severity; every severity is present (0 when none)
 */
public record TrendPoint(AuditRun run, Map<Severity, Integer> bySeverity) {

    public TrendPoint {
        bySeverity = Map.copyOf(bySeverity);
    }

    /** @return the number of findings of this severity */
    public int count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0);
    }
}
