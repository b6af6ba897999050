package org.govsite.ui.audit;

/**
 * One bar of a bar chart.
 *
 * @param label what it counts (a rule id, a site)
 * @param value how many
 */
public record Bar(String label, int value) {
}
