package org.govsite.report;

/** Where a row's value comes from. */
public enum Source {
    /** The platform's statistics ({@link SiteStatistics}). */
    PLATFORM,
    /** The access logs ({@link Visits}). */
    LOGS,
    /** Entered by the operator ({@link ManualFields}). */
    MANUAL
}
