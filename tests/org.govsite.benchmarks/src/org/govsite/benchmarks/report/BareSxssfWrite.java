package org.govsite.benchmarks.report;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.govsite.report.AnnualReport;
import org.govsite.report.ManualFields;
import org.govsite.report.ReportRow;
import org.govsite.report.ReportTexts;
import org.govsite.report.SiteStatistics;
import org.govsite.report.Statistics;
import org.govsite.report.Visits;

/**
 * {@code report.sxssf-bare}, the baseline of {@code report.govsite}: the same statistics parsed and the same cells
 * (title, every row's label, unit and value per site; one row per site in the province sheet) written with bare
 * SXSSF: no styles, merged regions, print setup, formulas, chart or checks.
 */
public final class BareSxssfWrite extends ReportBenchmark {
    static final String NAME = "report.sxssf-bare";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() throws Exception {
        Statistics statistics = Statistics.read(new ByteArrayInputStream(json));
        ReportTexts texts = ReportTexts.of(Locale.CHINESE);
        List<ReportRow> rows = List.of(ReportRow.values());
        try (SXSSFWorkbook province = new SXSSFWorkbook(200)) {
            SXSSFSheet sites = province.createSheet("sites");
            int r = 0;
            for (SiteStatistics site : statistics.sites()) {
                AnnualReport report = new AnnualReport(statistics.year(), site, new Visits(1000, 50_000),
                        ManualFields.empty());
                try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
                    SXSSFSheet sheet = book.createSheet("report");
                    sheet.createRow(0).createCell(0).setCellValue(texts.get("Title", "2026"));
                    for (int i = 0; i < rows.size(); i++) {
                        Row row = sheet.createRow(i + 1);
                        row.createCell(0).setCellValue(texts.label(rows.get(i)));
                        row.createCell(1).setCellValue(texts.label(rows.get(i).unit()));
                        cell(row, 2, report.value(rows.get(i)), texts);
                    }
                    try (OutputStream out = Files.newOutputStream(folder.resolve(site.host() + ".xlsx"))) {
                        book.write(out);
                    }
                }
                Row row = sites.createRow(r++);
                for (int i = 0; i < rows.size(); i++) {
                    cell(row, i, report.value(rows.get(i)), texts);
                }
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("province.xlsx"))) {
                province.write(out);
            }
        }
    }

    private static void cell(Row row, int column, Object value, ReportTexts texts) {
        if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
        } else {
            row.createCell(column).setCellValue(texts.text(value));
        }
    }
}
