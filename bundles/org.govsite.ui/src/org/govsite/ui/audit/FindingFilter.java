package org.govsite.ui.audit;

import java.net.URI;
import java.util.List;
import java.util.function.Predicate;

import org.govsite.model.validation.Severity;

/**
 * What the Findings view shows: rows of one site, one rule and one severity, each null for all.
 *
 * @param home the site's home page, or null
 * @param ruleId the rule id, or null
 * @param severity the severity, or null
 */
record FindingFilter(URI home, String ruleId, Severity severity) implements Predicate<FindingRow> {

    static final FindingFilter ALL = new FindingFilter(null, null, null);

    @Override
    public boolean test(FindingRow row) {
        return (home == null || home.equals(row.home())) && (ruleId == null || ruleId.equals(row.finding().ruleId()))
                && (severity == null || severity == row.finding().severity());
    }

    List<FindingRow> apply(List<FindingRow> rows) {
        return rows.stream().filter(this).toList();
    }
}
