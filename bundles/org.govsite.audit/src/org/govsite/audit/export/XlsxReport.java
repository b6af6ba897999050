package org.govsite.audit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.verdict.VerdictItem;
import org.govsite.model.validation.Severity;

/**
 * The audits as an Excel workbook written with POI's streaming SXSSF (rows go to a temporary file as they are made,
 * strings are inline): a summary sheet (one row per site), a findings sheet and a verdict sheet, each with a bold
 * frozen header row, an autofilter and set column widths; sheet names and headers in the report's language.
 */
final class XlsxReport {
    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    private static final int WINDOW = 200;
    /** Characters of a string inside an Excel formula. */
    private static final int MAX_FORMULA_STRING = 255;
    /** Characters Excel holds in a cell; longer values are cut. */
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Column widths in characters. */
    private static final int NARROW = 12;
    private static final int URL = 48;
    private static final int WIDE = 60;

    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final ReportText text;
    private final CellStyle header;
    private final CellStyle link;
    private final CellStyle wrapped;

    private XlsxReport(ReportText text) {
        this.text = text;
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        Font blue = book.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = book.createCellStyle();
        link.setFont(blue);
        wrapped = book.createCellStyle();
        wrapped.setWrapText(true);
    }

    static void write(List<SiteAudit> audits, ReportText text, OutputStream out) throws IOException {
        XlsxReport report = new XlsxReport(text);
        try {
            report.summary(audits);
            report.findings(audits);
            report.verdict(audits);
            report.book.write(out);
            out.flush();
        } finally {
            report.book.close(); // deletes the temporary files
        }
    }

    private void summary(List<SiteAudit> audits) {
        List<String> headers = new ArrayList<>(List.of(text.label("Column_home"), text.label("Column_pages"))); //$NON-NLS-1$ //$NON-NLS-2$
        for (Severity severity : Severity.values()) {
            headers.add(severity.name());
        }
        headers.addAll(List.of(text.label("Column_score"), text.label("Column_qualified"), //$NON-NLS-1$ //$NON-NLS-2$
                text.label("Column_vetoes"))); //$NON-NLS-1$
        SXSSFSheet sheet = sheet(text.label("Sheet_Summary"), headers, URL, NARROW, NARROW, NARROW, NARROW, NARROW, //$NON-NLS-1$
                NARROW, WIDE);
        int r = 1;
        for (SiteAudit audit : audits) {
            SiteSummary summary = SiteSummary.of(audit);
            Row row = sheet.createRow(r++);
            url(row, 0, audit.home().toString());
            row.createCell(1).setCellValue(audit.pages());
            int c = 2;
            for (Severity severity : Severity.values()) {
                row.createCell(c++).setCellValue(summary.count(severity));
            }
            row.createCell(c++).setCellValue(audit.verdict().score());
            row.createCell(c++).setCellValue(text.qualified(audit.verdict()));
            row.createCell(c).setCellValue(summary.vetoes());
        }
        filter(sheet, r, headers.size());
    }

    private void findings(List<SiteAudit> audits) {
        List<String> headers = new ArrayList<>();
        headers.add(text.label("Column_site")); //$NON-NLS-1$
        headers.addAll(FindingColumns.headers(text));
        SXSSFSheet sheet = sheet(text.label("Sheet_Findings"), headers, URL, 22, NARROW, URL, URL, 8, 24, WIDE, WIDE); //$NON-NLS-1$
        int r = 1;
        for (SiteAudit audit : audits) {
            for (Finding finding : audit.findings()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(audit.home().toString());
                List<String> values = FindingColumns.values(finding, text);
                for (int i = 0; i < values.size(); i++) {
                    if (i == FindingColumns.PAGE || i == FindingColumns.TARGET) {
                        url(row, i + 1, values.get(i));
                    } else {
                        string(row, i + 1, values.get(i));
                    }
                }
            }
        }
        filter(sheet, r, headers.size());
    }

    private void verdict(List<SiteAudit> audits) {
        List<String> headers = List.of(text.label("Column_site"), text.label("Column_indicator"), //$NON-NLS-1$ //$NON-NLS-2$
                text.label("Column_points"), text.label("Column_evidence")); //$NON-NLS-1$ //$NON-NLS-2$
        SXSSFSheet sheet = sheet(text.label("Sheet_Verdict"), headers, URL, 24, NARROW, WIDE * 2); //$NON-NLS-1$
        int r = 1;
        for (SiteAudit audit : audits) {
            List<VerdictItem> items = new ArrayList<>(audit.verdict().vetoes());
            items.addAll(audit.verdict().deductions());
            for (VerdictItem item : items) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(audit.home().toString());
                row.createCell(1).setCellValue(item.indicator().id());
                row.createCell(2).setCellValue(item.points());
                string(row, 3, text.evidence(item)).setCellStyle(wrapped);
            }
        }
        filter(sheet, r, headers.size());
    }

    /** @return a new sheet with its bold header row frozen and its columns of these widths (characters) */
    private SXSSFSheet sheet(String name, List<String> headers, int... widths) {
        SXSSFSheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void filter(SXSSFSheet sheet, int rows, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    }

    private static Cell string(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
        return cell;
    }

    /**
     * An http(s) URL as a {@code HYPERLINK} formula with the URL as its cached value (other values, and URLs longer than
     * the 255 characters a formula's string may hold, as text). Formulas stream with their row, where POI's hyperlink
     * objects and their relationships would all stay in memory until the end.
     */
    private void url(Row row, int column, String value) {
        Cell cell = string(row, column, value);
        if ((value.startsWith("http://") || value.startsWith("https://")) && value.length() <= MAX_FORMULA_STRING) { //$NON-NLS-1$ //$NON-NLS-2$
            cell.setCellFormula("HYPERLINK(\"" + value.replace("\"", "\"\"") + "\")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            cell.setCellValue(value);
            cell.setCellStyle(link);
        }
    }
}
