package org.govsite.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.report.AnnualReport;
import org.govsite.report.ReportRow;
import org.govsite.report.ReportTexts;
import org.govsite.report.SampleReports;
import org.junit.jupiter.api.Test;

/** The province workbook of three sites read back: every cell, the totals' formulas and values, the chart. */
class ProvinceWorkbookTest {
    static XSSFWorkbook written(List<AnnualReport> reports) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProvinceWorkbook.write(reports, ReportTexts.CHINESE, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneRowPerSiteWithEveryNumericRowAndTotals() throws IOException {
        try (XSSFWorkbook book = written(SampleReports.reports(3))) {
            assertEquals(List.of("站点", "图表"), List.of(book.getSheetName(0), book.getSheetName(1)));
            Sheet sheet = book.getSheet("站点");
            Row header = sheet.getRow(0);
            assertEquals(List.of("网站名称", "首页网址", "政府网站标识码", "独立用户访问总量(个)", "网站总访问量(次)", "信息发布总数(条)"),
                    SiteWorkbookTest.texts(header).subList(0, 6));
            assertEquals(3 + 36, header.getLastCellNum()); // every count and the average days
            assertEquals("平均办理时间(天)", header.getCell(ProvinceWorkbook.columnOf(ReportRow.MESSAGES_AVERAGE_DAYS))
                    .getStringCellValue());
            // site 2: every column against the sample's known values, computed here independently
            assertEquals(List.of("测试网站2", "http://www.site2.gov.cn/", "3401000002", "#200", "#2000", "#279", "#12",
                    "#206", "#54", "#7", "#2", "#14", "#6", "#4", "#4", "#5", "#5002", "#82", "#62", "#1002", "#700",
                    "#302", "#42", "#40", "#2.7", "#30", "#4", "#92", "#3", "#2", "#27", "#20", "#4", "#8", "#6",
                    "#1200", "#34000", "#800", "#56000"), SiteWorkbookTest.texts(sheet.getRow(2)).subList(0, 39));
            Row totals = sheet.getRow(4);
            assertEquals("合计", totals.getCell(0).getStringCellValue());
            Cell articles = totals.getCell(ProvinceWorkbook.columnOf(ReportRow.ARTICLES_TOTAL));
            assertEquals(CellType.FORMULA, articles.getCellType());
            assertEquals("SUM(F2:F4)", articles.getCellFormula());
            assertEquals(273 + 279 + 285, articles.getNumericCellValue()); // the cached value
            Cell days = totals.getCell(ProvinceWorkbook.columnOf(ReportRow.MESSAGES_AVERAGE_DAYS));
            assertEquals("AVERAGE(Y2:Y4)", days.getCellFormula());
            assertEquals(2.7, days.getNumericCellValue(), 1e-9);
            XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            for (ReportRow row : ProvinceWorkbook.NUMERIC) {
                Cell total = totals.getCell(ProvinceWorkbook.columnOf(row));
                double cached = total.getNumericCellValue();
                assertEquals(cached, evaluator.evaluate(total).getNumberValue(), 1e-9, row.name());
            }
            assertEquals(4, sheet.getLastRowNum());
        }
    }

    @Test
    void theChartShowsTheItemsPublishedPerSite() throws IOException {
        try (XSSFWorkbook book = written(SampleReports.reports(3))) {
            XSSFSheet sheet = book.getSheet("图表");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            XSSFChart chart = charts.get(0);
            assertEquals("各网站信息发布总数", chart.getTitleText().getString());
            XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
            assertEquals("站点!$A$2:$A$4", series.getCategoryData().getDataRangeReference());
            assertEquals("站点!$F$2:$F$4", series.getValuesData().getDataRangeReference());
            assertEquals(3, series.getValuesData().getPointCount());
            assertEquals(279.0, series.getValuesData().getPointAt(1).doubleValue());
            assertEquals("测试网站3", series.getCategoryData().getPointAt(2));
        }
    }

    @Test
    void aProvinceWithoutSitesHasItsHeaderAndZeroTotals() throws IOException {
        try (XSSFWorkbook book = written(List.of())) {
            Sheet sheet = book.getSheet("站点");
            assertEquals("合计", sheet.getRow(1).getCell(0).getStringCellValue());
            Cell total = sheet.getRow(1).getCell(ProvinceWorkbook.columnOf(ReportRow.ARTICLES_TOTAL));
            assertEquals(CellType.NUMERIC, total.getCellType()); // no formula summing the totals row itself
            assertEquals(0.0, total.getNumericCellValue());
            assertEquals(1, book.getSheet("图表").getDrawingPatriarch().getCharts().size());
        }
    }
}
