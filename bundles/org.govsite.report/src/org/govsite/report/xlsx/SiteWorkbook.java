package org.govsite.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.report.AnnualReport;
import org.govsite.report.ReportRow;
import org.govsite.report.ReportTexts;
import org.govsite.report.Section;

/**
 * One site's annual report in the template's layout (docs/reports.md, "Layout"): the title 政府网站工作年度报表（YYYY年度）
 * merged over the four columns, 填报单位, a header row, then one row per report row (section, item, unit, value) with
 * each section's name merged down its rows, numbers as number cells, and the sign-off block at the bottom (three rows
 * of label/value pairs); A4, fitted to the page width. A few dozen rows: plain XSSF.
 */
public final class SiteWorkbook {
    /** Row of the column headers (after the title and 填报单位, {@link Cells#heading}) and the first report row. */
    static final int HEADER = 2;
    static final int FIRST = 3;
    /** The rows laid out as sections (everything before the sign-off). */
    static final List<ReportRow> BODY = Arrays.stream(ReportRow.values())
            .filter(row -> row.section() != Section.SIGN_OFF).toList();
    /** The sign-off rows, two label/value pairs per line. */
    static final List<ReportRow> SIGN_OFF = Arrays.stream(ReportRow.values())
            .filter(row -> row.section() == Section.SIGN_OFF).toList();
    /** Column widths in characters: section, item, unit, value. */
    private static final int[] WIDTHS = { 16, 36, 8, 40 };

    private SiteWorkbook() {
    }

    /** @return the sheet row of a report row: its place in the body, or in the sign-off block after a blank row */
    static int rowOf(ReportRow row) {
        int body = BODY.indexOf(row);
        return body >= 0 ? FIRST + body : FIRST + BODY.size() + 1 + SIGN_OFF.indexOf(row) / 2;
    }

    /** Writes the report as an XLSX workbook. */
    public static void write(AnnualReport report, ReportTexts texts, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(texts.get("Sheet_report")); //$NON-NLS-1$
            CellStyle title = Cells.bold(book, true, (short) 16);
            CellStyle bold = Cells.bold(book, true, (short) 11);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Cells.heading(sheet, texts.get("Title", Integer.toString(report.year())), report.reportingUnit(), //$NON-NLS-1$
                    texts, title, bold);
            Row header = sheet.createRow(HEADER);
            List<String> headers = List.of("Header_section", "Header_item", "Header_unit", "Header_value"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            for (int c = 0; c < headers.size(); c++) {
                Cells.text(header, c, texts.get(headers.get(c)), bold);
            }
            body(sheet, report, texts, bold);
            signOff(sheet, report, texts, bold);
            Cells.printA4(sheet);
            book.write(out);
            out.flush();
        }
    }

    private static void body(XSSFSheet sheet, AnnualReport report, ReportTexts texts, CellStyle bold) {
        for (ReportRow row : BODY) {
            Row line = sheet.createRow(rowOf(row));
            Cells.text(line, 1, texts.label(row), null);
            Cells.text(line, 2, texts.label(row.unit()), null);
            Cells.value(line, 3, report.value(row), texts);
        }
        for (Section section : Section.values()) {
            List<ReportRow> rows = BODY.stream().filter(row -> row.section() == section).toList();
            if (rows.isEmpty()) {
                continue;
            }
            int first = rowOf(rows.get(0));
            int last = rowOf(rows.get(rows.size() - 1));
            Cells.text(sheet.getRow(first), 0, texts.label(section), bold);
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(first, last, 0, 0));
            }
        }
    }

    private static void signOff(XSSFSheet sheet, AnnualReport report, ReportTexts texts, CellStyle bold) {
        for (int i = 0; i < SIGN_OFF.size(); i++) {
            ReportRow row = SIGN_OFF.get(i);
            int r = rowOf(row);
            Row line = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cells.text(line, 2 * (i % 2), texts.label(row), bold);
            Cells.value(line, 2 * (i % 2) + 1, report.value(row), texts);
        }
    }
}
