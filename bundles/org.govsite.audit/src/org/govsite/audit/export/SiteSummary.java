package org.govsite.audit.export;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.govsite.model.validation.Severity;

/**
 * A site's line in the summaries of the XLSX and HTML reports.
 *
 * @param audit the site's audit
 * @param bySeverity how many findings of each severity (every severity present, 0 when none)
 * @param vetoes the ids of the single-veto items that fired, comma separated; empty when none
 */
record SiteSummary(SiteAudit audit, Map<Severity, Integer> bySeverity, String vetoes) {

    static SiteSummary of(SiteAudit audit) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, Integer.valueOf(0));
        }
        for (Finding finding : audit.findings()) {
            counts.merge(finding.severity(), Integer.valueOf(1), Integer::sum);
        }
        return new SiteSummary(audit, counts, audit.verdict().vetoes().stream()
                .map(veto -> veto.indicator().id()).collect(Collectors.joining(", "))); //$NON-NLS-1$
    }

    int count(Severity severity) {
        return bySeverity.get(severity).intValue();
    }
}
