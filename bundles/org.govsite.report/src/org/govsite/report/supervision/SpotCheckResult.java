package org.govsite.report.supervision;

import java.util.List;

/**
 * The spot checks of a year.
 *
 * @param quarters the rows of the four quarters, first quarter first
 * @param year the year's row
 */
public record SpotCheckResult(List<CheckRow> quarters, CheckRow year) {
    public SpotCheckResult {
        quarters = List.copyOf(quarters);
    }
}
