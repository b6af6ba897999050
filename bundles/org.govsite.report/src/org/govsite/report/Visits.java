package org.govsite.report;

/**
 * A site's traffic for the year from its access logs (docs/reports.md, "Access logs"): 独立用户访问总量 and 网站总访问量.
 *
 * @param uniqueVisitors distinct visitors (IP address and User-Agent) over the whole year
 * @param totalVisits page views counted under the log rules
 */
public record Visits(long uniqueVisitors, long totalVisits) {
    /** No log read for the site. */
    public static final Visits NONE = new Visits(0, 0);
}
