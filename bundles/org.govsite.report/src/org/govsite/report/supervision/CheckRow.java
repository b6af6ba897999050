package org.govsite.report.supervision;

/**
 * One row of the spot-check table: a quarter's campaign or the year's.
 *
 * @param checked the distinct sites with at least one audit run in the period
 * @param unqualified the checked sites found unqualified (不合格): in a quarter, by the quarter's latest run; in the
 *            year, in any quarter
 * @param covered whether the quarter's checked sites reach the required share of the sites in service (always true
 *            for the year row, which has no such requirement)
 */
public record CheckRow(int checked, int unqualified, boolean covered) {
}
