package org.govsite.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.govsite.report.ReportTexts;

/** Cell writing shared by the site and province workbooks: numbers as number cells, the rest as text. */
final class Cells {
    private Cells() {
    }

    /** Writes a row's value: a Number as a number cell, null as an empty cell, anything else as its text. */
    static Cell value(Row row, int column, Object value, ReportTexts texts) {
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(texts.text(value));
        }
        return cell;
    }

    /** Writes text. */
    static Cell text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** @return a bold style, centred when asked */
    static CellStyle bold(Workbook book, boolean centred, short points) {
        Font font = book.createFont();
        font.setBold(true);
        font.setFontHeightInPoints(points);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        if (centred) {
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
        }
        return style;
    }

    /**
     * Writes the first two rows of a four-column form: the title merged over A:D, and 填报单位 with the reporting unit
     * merged over B:D.
     */
    static void heading(Sheet sheet, String title, String reportingUnit, ReportTexts texts, CellStyle titleStyle,
            CellStyle bold) {
        text(sheet.createRow(0), 0, title, titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        Row unit = sheet.createRow(1);
        text(unit, 0, texts.get("ReportingUnit"), bold); //$NON-NLS-1$
        text(unit, 1, reportingUnit, null);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 3));
    }

    /** Sets A4, fitted to one page wide, centred. */
    static void printA4(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }
}
