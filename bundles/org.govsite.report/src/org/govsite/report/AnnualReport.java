package org.govsite.report;

/**
 * One site's 政府网站工作年度报表 for one year: the platform's statistics, the visits from the access logs and the
 * operator's manual fields, read row by row ({@link #value(ReportRow)}).
 */
public record AnnualReport(int year, SiteStatistics statistics, Visits visits, ManualFields manual) {

    /**
     * @return the row's value: Long (counts), Double (average days), Boolean (flags), SiteType, LocalDate or String;
     *         null when a manual row is empty (or not valid). An overridable row entered by hand takes that value.
     */
    public Object value(ReportRow row) {
        Object entered = row.entered() ? manual.value(row) : null;
        if (entered != null || row.source() == Source.MANUAL) {
            return entered;
        }
        if (row.source() == Source.LOGS) {
            return Long.valueOf(row == ReportRow.UNIQUE_VISITORS ? visits.uniqueVisitors() : visits.totalVisits());
        }
        return row.platformValue(statistics);
    }

    /** @return the row's value as a number (0 when empty); for numeric rows */
    public double number(ReportRow row) {
        return value(row) instanceof Number number ? number.doubleValue() : 0;
    }

    /** @return the reporting unit (填报单位): the sponsor entered by hand, else the site's name */
    public String reportingUnit() {
        Object sponsor = value(ReportRow.SPONSOR);
        return sponsor == null ? statistics.siteName() : sponsor.toString();
    }
}
