package org.govsite.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.CheckRow;
import org.govsite.report.supervision.SupervisionItem;
import org.govsite.report.supervision.SupervisionReport;

/**
 * The province's supervision annual report (docs/reports.md, "Supervision report"): the title
 * 政府网站监管年度报表（YYYY年度）merged over the four columns, 填报单位, the spot-check table (时间 merged down two header
 * rows, 抽查情况 merged over three columns, then a row per quarter and the year's), a blank row, and one row per
 * {@link SupervisionItem} with its label, unit and count.
 */
public final class SupervisionWorkbook {
    /** Rows (after the title and 填报单位, {@link Cells#heading}) of the two header rows, the first quarter, the year and the first item. */
    static final int HEADER = 2;
    static final int SUBHEADER = 3;
    static final int FIRST_QUARTER = 4;
    static final int YEAR = 8;
    static final int ITEMS_HEADER = 10;
    static final int FIRST_ITEM = 11;
    private static final int[] WIDTHS = { 36, 20, 20, 24 };

    private SupervisionWorkbook() {
    }

    /** Writes the report as an XLSX workbook. */
    public static void write(SupervisionReport report, int percent, ReportTexts texts, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(texts.get("Supervision_sheet")); //$NON-NLS-1$
            CellStyle title = Cells.bold(book, true, (short) 16);
            CellStyle bold = Cells.bold(book, true, (short) 11);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Cells.heading(sheet, texts.get("Supervision_title", Integer.toString(report.year())), //$NON-NLS-1$
                    report.filler(), texts, title, bold);
            Row header = sheet.createRow(HEADER);
            Cells.text(header, 0, texts.get("Supervision_period"), bold); //$NON-NLS-1$
            Cells.text(header, 1, texts.get("Supervision_checks"), bold); //$NON-NLS-1$
            sheet.addMergedRegion(new CellRangeAddress(HEADER, SUBHEADER, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(HEADER, HEADER, 1, 3));
            Row subheader = sheet.createRow(SUBHEADER);
            Cells.text(subheader, 1, texts.get("Supervision_checked"), bold); //$NON-NLS-1$
            Cells.text(subheader, 2, texts.get("Supervision_unqualified"), bold); //$NON-NLS-1$
            Cells.text(subheader, 3, texts.get("Supervision_covered", Integer.toString(percent)), bold); //$NON-NLS-1$
            for (int q = 0; q < 4; q++) {
                Row row = checks(sheet, FIRST_QUARTER + q, texts.get("Supervision_Q" + (q + 1)), //$NON-NLS-1$
                        report.checks().quarters().get(q), texts);
                Cells.value(row, 3, Boolean.valueOf(report.checks().quarters().get(q).covered()), texts);
            }
            checks(sheet, YEAR, texts.get("Supervision_year"), report.checks().year(), texts); //$NON-NLS-1$
            Row items = sheet.createRow(ITEMS_HEADER);
            Cells.text(items, 0, texts.get("Header_item"), bold); //$NON-NLS-1$
            Cells.text(items, 1, texts.get("Header_unit"), bold); //$NON-NLS-1$
            Cells.text(items, 2, texts.get("Header_value"), bold); //$NON-NLS-1$
            for (SupervisionItem item : SupervisionItem.values()) {
                Row row = sheet.createRow(FIRST_ITEM + item.ordinal());
                Cells.text(row, 0, SupervisionReport.label(texts, item), null);
                Cells.text(row, 1, texts.label(item.unit()), null);
                Cells.value(row, 2, Long.valueOf(report.count(item)), texts);
            }
            Cells.printA4(sheet);
            book.write(out);
        }
    }

    private static Row checks(XSSFSheet sheet, int index, String period, CheckRow checks, ReportTexts texts) {
        Row row = sheet.createRow(index);
        Cells.text(row, 0, period, null);
        Cells.value(row, 1, Integer.valueOf(checks.checked()), texts);
        Cells.value(row, 2, Integer.valueOf(checks.unqualified()), texts);
        return row;
    }
}
