package org.govsite.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.report.AnnualReport;
import org.govsite.report.ReportRow;
import org.govsite.report.ReportTexts;
import org.govsite.report.RowKind;

/**
 * The province workbook (docs/reports.md, "Province workbook"): a sites sheet with one row per site (name, home page,
 * 标识码, then every numeric report row as a column) and a totals row of {@code SUM} formulas ({@code AVERAGE} for the
 * average handling days), and a chart sheet with a bar chart of the items published per site.
 * <p>
 * Charts need XSSF (SXSSF cannot draw them): the two sheets are created in an {@link XSSFWorkbook}, the chart drawn
 * with its data as literal values plus references to the sites sheet, and the workbook then wrapped in an
 * {@link SXSSFWorkbook} whose wrapper of the (still empty) sites sheet streams its rows to a temporary file.
 */
public final class ProvinceWorkbook {
    /** Rows SXSSF keeps in memory before flushing them. */
    private static final int WINDOW = 200;
    /** Columns before the numeric rows: name, home page, 标识码. */
    static final List<ReportRow> LEADING = List.of(ReportRow.SITE_NAME, ReportRow.HOME_URL, ReportRow.ID_CODE);
    /** The numeric rows, one column each after {@link #LEADING}. */
    static final List<ReportRow> NUMERIC = Arrays.stream(ReportRow.values()).filter(row -> row.kind().numeric())
            .toList();
    /** Chart size in columns and rows of its sheet. */
    private static final int CHART_COLUMNS = 18;
    private static final int CHART_ROWS = 32;

    private ProvinceWorkbook() {
    }

    /** @return the column of a numeric row */
    static int columnOf(ReportRow row) {
        return LEADING.size() + NUMERIC.indexOf(row);
    }

    /** Writes the province workbook of these reports (one per site, same year). */
    public static void write(List<AnnualReport> reports, ReportTexts texts, OutputStream out) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        String sitesName = texts.get("Sheet_sites"); //$NON-NLS-1$
        template.createSheet(sitesName);
        chart(template.createSheet(texts.get("Sheet_chart")), sitesName, reports, texts); //$NON-NLS-1$
        SXSSFWorkbook book = new SXSSFWorkbook(template, WINDOW);
        try {
            sites(book.getSheet(sitesName), Cells.bold(book, false, (short) 11), reports, texts);
            book.write(out);
            out.flush();
        } finally {
            book.close(); // deletes the temporary file
        }
    }

    private static void sites(SXSSFSheet sheet, CellStyle bold, List<AnnualReport> reports, ReportTexts texts) {
        List<ReportRow> columns = new ArrayList<>(LEADING);
        columns.addAll(NUMERIC);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            ReportRow row = columns.get(c);
            String unit = texts.label(row.unit());
            Cells.text(header, c, unit.isEmpty() ? texts.label(row) : texts.label(row) + '(' + unit + ')', bold);
            sheet.setColumnWidth(c, (c < LEADING.size() ? 30 : 14) * 256);
        }
        sheet.createFreezePane(1, 1);
        int r = 1;
        for (AnnualReport report : reports) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Cells.value(line, c, report.value(columns.get(c)), texts);
            }
        }
        Row totals = sheet.createRow(r);
        Cells.text(totals, 0, texts.get("Total"), bold); //$NON-NLS-1$
        for (ReportRow row : NUMERIC) {
            int c = columnOf(row);
            boolean average = row.kind() == RowKind.DECIMAL;
            Cell cell = totals.createCell(c);
            if (!reports.isEmpty()) { // without sites the range would be the totals row itself
                String range = new CellRangeAddress(1, r - 1, c, c).formatAsString();
                cell.setCellFormula((average ? "AVERAGE(" : "SUM(") + range + ')'); //$NON-NLS-1$ //$NON-NLS-2$
            }
            double sum = reports.stream().mapToDouble(report -> report.number(row)).sum();
            cell.setCellValue(average ? (reports.isEmpty() ? 0 : sum / reports.size()) : sum);
            cell.setCellStyle(bold);
        }
    }

    /** A bar chart of ARTICLES_TOTAL per site, its data literal and referring to the sites sheet. */
    private static void chart(XSSFSheet sheet, String sitesName, List<AnnualReport> reports, ReportTexts texts) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 0, CHART_COLUMNS, CHART_ROWS));
        chart.setTitleText(texts.get("ChartTitle")); //$NON-NLS-1$
        chart.setTitleOverlay(false);
        XDDFCategoryAxis sites = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis articles = chart.createValueAxis(AxisPosition.LEFT);
        articles.setCrosses(AxisCrosses.AUTO_ZERO);
        int last = Math.max(1, reports.size());
        String[] names = reports.stream().map(report -> report.statistics().siteName()).toArray(String[]::new);
        Double[] values = reports.stream().map(report -> Double.valueOf(report.number(ReportRow.ARTICLES_TOTAL)))
                .toArray(Double[]::new);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, sites, articles);
        data.setBarDirection(BarDirection.COL);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromArray(names, range(sitesName, last, 0)),
                XDDFDataSourcesFactory.fromArray(values, range(sitesName, last, columnOf(ReportRow.ARTICLES_TOTAL))));
        series.setTitle(texts.label(ReportRow.ARTICLES_TOTAL), null);
        chart.plot(data);
    }

    /** @return the absolute reference of a column's site rows on the sites sheet */
    private static String range(String sheet, int last, int column) {
        return new CellReference(sheet, 1, column, true, true).formatAsString() + ':'
                + new CellReference(last, column, true, true).formatAsString();
    }
}
