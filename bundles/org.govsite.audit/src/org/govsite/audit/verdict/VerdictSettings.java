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

    /** A site's score is out of this many points. */
    public static final double MAX_SCORE = 100;

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

    /**
     * @return these settings with other points (a province's own scoring rules), the categories kept
     * @throws IllegalArgumentException when the pass mark or points are not 0 to 100 ({@link #validPoints})
     */
    public VerdictSettings withPoints(double mark, double homeLink, double otherLink, double policyStale) {
        if (!validPoints(mark, homeLink, otherLink, policyStale)) {
            throw new IllegalArgumentException("pass mark and points 0 to 100"); //$NON-NLS-1$
        }
        return new VerdictSettings(mark, homeLink, otherLink, staleColumnsVeto, notUpdatedColumnsVeto,
                emptyColumnsVeto, policyStale, staleCategories, firstLevelStaleCategories);
    }

    /**
     * @return these settings with other single-veto counts, the categories kept
     * @throws IllegalArgumentException when a count is below 1
     */
    public VerdictSettings withVetoes(int staleColumns, int notUpdatedColumns, int emptyColumns) {
        if (staleColumns < 1 || notUpdatedColumns < 1 || emptyColumns < 1) {
            throw new IllegalArgumentException("veto counts of at least 1"); //$NON-NLS-1$
        }
        return new VerdictSettings(passMark, brokenLinkHomePoints, brokenLinkPoints, staleColumns, notUpdatedColumns,
                emptyColumns, policyStalePoints, staleCategories, firstLevelStaleCategories);
    }

    /** @return whether the pass mark and every points value are 0 to 100 (a score is out of 100) */
    public static boolean validPoints(double mark, double... points) {
        if (!(mark >= 0 && mark <= MAX_SCORE)) {
            return false;
        }
        for (double value : points) {
            if (!(value >= 0 && value <= MAX_SCORE)) {
                return false;
            }
        }
        return true;
    }
}
