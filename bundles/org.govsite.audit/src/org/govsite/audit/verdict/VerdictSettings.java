package org.govsite.audit.verdict;

/**
 * The verdict's thresholds and points, with the indicators' values as defaults (docs/rules.md, "Verdict").
 *
 * @param passMark the lowest passing score out of 100
 * @param brokenLinkHomePoints points deducted for each broken link on the home page
 * @param brokenLinkPoints points deducted for each broken link elsewhere
 */
public record VerdictSettings(double passMark, double brokenLinkHomePoints, double brokenLinkPoints) {

    /** @return pass mark 60, broken links -1 on the home page and -0.1 elsewhere */
    public static VerdictSettings defaults() {
        return new VerdictSettings(60, 1, 0.1);
    }
}
