package org.govsite.audit.verdict;

import java.util.Set;

import org.govsite.audit.freshness.FreshnessSettings;

/**
 * The verdict's thresholds and points, with the indicators' values as defaults (docs/rules.md, "Verdict"). The age
 * limits of the home page and of each column category are the freshness checks' ({@link FreshnessSettings}).
 *
 * @param passMark the lowest passing score out of 100
 * @param brokenLinkHomePoints points deducted for each broken link on the home page
 * @param brokenLinkPoints points deducted for each broken link elsewhere
 * @param staleColumnsVeto this many stale columns of {@code staleCategories} (at any level) and
 *        {@code firstLevelStaleCategories} (first-level columns only) fail the site
 * @param notUpdatedColumnsVeto this many stale columns of any category fail the site
 * @param emptyColumnsVeto this many empty columns fail the site
 * @param policyStalePoints points deducted for each stale first-level column of the policy documents category
 * @param staleCategories the categories whose stale columns count at any level
 * @param firstLevelStaleCategories the categories whose stale first-level columns count
 */
public record VerdictSettings(double passMark, double brokenLinkHomePoints, double brokenLinkPoints,
        int staleColumnsVeto, int notUpdatedColumnsVeto, int emptyColumnsVeto, double policyStalePoints,
        Set<String> staleCategories, Set<String> firstLevelStaleCategories) {

    public VerdictSettings {
        staleCategories = Set.copyOf(staleCategories);
        firstLevelStaleCategories = Set.copyOf(firstLevelStaleCategories);
    }

    /**
     * @return pass mark 60; broken links -1 on the home page and -0.1 elsewhere; 5 stale news (any level), notice or
     *         policy (first level) columns, 10 stale columns or 5 empty columns fail the site; a stale first-level
     *         policy documents column -5
     */
    public static VerdictSettings defaults() {
        return new VerdictSettings(60, 1, 0.1, 5, 10, 5, 5, Set.of(FreshnessSettings.NEWS),
                Set.of(FreshnessSettings.NOTICES, FreshnessSettings.POLICY));
    }
}
