package org.govsite.report.publish;

/** The site has no annual-report column to publish its report in: its message names the site. */
public final class NoReportColumnException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String siteId;

    NoReportColumnException(String siteId, String message) {
        super(message);
        this.siteId = siteId;
    }

    /** @return the id of the site without an annual-report column */
    public String siteId() {
        return siteId;
    }
}
