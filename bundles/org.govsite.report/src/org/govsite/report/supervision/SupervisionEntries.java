package org.govsite.report.supervision;

import java.util.Map;

/**
 * What the office enters by hand in its supervision report for a year (kept by {@link SupervisionCountsStore}).
 *
 * @param filler the reporting office (填报单位)
 * @param counts the entered counts; an item absent was not entered
 */
public record SupervisionEntries(String filler, Map<SupervisionItem, Long> counts) {
    public SupervisionEntries {
        counts = Map.copyOf(counts);
    }
}
