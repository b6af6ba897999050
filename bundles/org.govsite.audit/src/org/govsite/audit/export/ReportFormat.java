package org.govsite.audit.export;

import java.util.Locale;

/** The formats {@link AuditReports} writes (docs/audit.md, "Exports"). */
public enum ReportFormat {
    /** The sites with their verdicts and the findings, UTF-8. */
    JSON(false),
    /** The findings, RFC 4180, UTF-8 with a byte order mark. */
    CSV(false),
    /** An Excel workbook (Office Open XML): summary, findings and verdict sheets. */
    XLSX(true),
    /** One self-contained UTF-8 HTML page per run: per site its summary, verdict and findings by rule. */
    HTML(false);

    private final boolean binary;

    ReportFormat(boolean binary) {
        this.binary = binary;
    }

    /** @return the format's name on the command line and its file extension: xlsx, csv, json, html */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the output is binary, not for a terminal */
    public boolean binary() {
        return binary;
    }
}
