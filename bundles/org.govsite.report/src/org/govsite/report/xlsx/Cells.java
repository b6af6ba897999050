package org.govsite.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
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
}
