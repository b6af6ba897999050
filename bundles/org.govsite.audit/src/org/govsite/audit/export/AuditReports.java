package org.govsite.audit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.govsite.audit.SiteAudit;

/**
 * Writes audits as a report (docs/audit.md, "Exports"): the one entry point of the command line and the workbench.
 * UI-free; the stream is flushed, not closed.
 */
public final class AuditReports {
    private AuditReports() {
    }

    /**
     * @param audits the sites' audits, in the order wanted
     * @param format the report's format
     * @param language the language of the labels and the findings' messages (Chinese: {@link Locale#CHINESE};
     *        English: {@link Locale#ROOT} or {@link Locale#ENGLISH})
     * @param out receives the report
     * @throws IOException when the stream fails
     */
    public static void write(List<SiteAudit> audits, ReportFormat format, Locale language, OutputStream out)
            throws IOException {
        ReportText text = new ReportText(language);
        switch (format) {
        case XLSX -> XlsxReport.write(audits, text, out);
        case CSV -> CsvReport.write(audits, text, out);
        case JSON -> JsonReport.write(audits, text, out);
        case HTML -> HtmlReport.write(audits, text, language, out);
        }
    }
}
