package org.govsite.audit.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;

/**
 * The findings of all sites as CSV: RFC 4180 (CRLF line ends; fields holding a comma, a quote or a line break quoted,
 * quotes doubled), UTF-8 after a byte order mark so that Excel reads Chinese; a header line of the column ids.
 */
final class CsvReport {
    private static final char BOM = '\uFEFF';

    private CsvReport() {
    }

    static void write(List<SiteAudit> audits, ReportText text, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write(BOM);
        line(csv, FindingColumns.IDS);
        for (SiteAudit audit : audits) {
            for (Finding finding : audit.findings()) {
                line(csv, FindingColumns.values(finding, text));
            }
        }
        csv.flush();
    }

    private static void line(Writer csv, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(quoted(fields.get(i)));
        }
        csv.write("\r\n"); //$NON-NLS-1$
    }

    /** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
