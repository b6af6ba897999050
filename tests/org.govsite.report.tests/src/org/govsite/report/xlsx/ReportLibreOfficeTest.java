package org.govsite.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govsite.report.ReportTexts;
import org.govsite.report.SampleReports;
import org.govsite.testing.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks opened by LibreOffice headless: the site report and the supervision report converted to CSV (every
 * row as another program reads it) and the province workbook (with its chart and totals formulas) to PDF. Skipped without LibreOffice.
 */
class ReportLibreOfficeTest {
    @TempDir
    Path temp;

    @Test
    void libreOfficeReadsTheSiteReport() throws Exception {
        Path soffice = LibreOffice.soffice();
        Path xlsx = temp.resolve("site.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            SiteWorkbook.write(SampleReports.reports(1).get(0), ReportTexts.CHINESE, out);
        }
        List<String> lines = Files.readAllLines(LibreOffice.convert(soffice, xlsx, LibreOffice.CSV, temp),
                StandardCharsets.UTF_8);
        assertEquals("\"政府网站工作年度报表（2026年度）\",,,", lines.get(0));
        assertEquals("\"填报单位：\",\"测试市人民政府办公室1\",,", lines.get(1));
        for (int i = 0; i < SiteWorkbookTest.EXPECTED_ZH.size(); i++) {
            assertEquals(csv(SiteWorkbookTest.EXPECTED_ZH.get(i)), lines.get(3 + i));
        }
        assertEquals("\"填报日期\",\"2027-01-15\",,", lines.get(lines.size() - 1));
    }

    @Test
    void libreOfficeReadsTheSupervisionReport() throws Exception {
        Path soffice = LibreOffice.soffice();
        Path xlsx = temp.resolve("supervision.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            SupervisionWorkbook.write(SupervisionWorkbookTest.sample(), 30, ReportTexts.CHINESE, out);
        }
        List<String> lines = Files.readAllLines(LibreOffice.convert(soffice, xlsx, LibreOffice.CSV, temp),
                StandardCharsets.UTF_8);
        assertEquals(SupervisionWorkbookTest.EXPECTED_ZH.stream().map(ReportLibreOfficeTest::csv).toList(), lines);
    }

    @Test
    void libreOfficePrintsTheProvinceWorkbook() throws Exception {
        Path soffice = LibreOffice.soffice();
        Path xlsx = temp.resolve("province.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            ProvinceWorkbook.write(SampleReports.reports(5), ReportTexts.CHINESE, out);
        }
        Path pdf = LibreOffice.convert(soffice, xlsx, "pdf", temp);
        byte[] start = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertEquals(5, in.read(start));
        }
        assertEquals("%PDF-", new String(start, StandardCharsets.US_ASCII));
        assertTrue(Files.size(pdf) > 10_000, "a PDF with the sheet and the chart");
    }

    /** @return an expected row (section|item|unit|value, numbers as #n) as LibreOffice's CSV: text quoted, not numbers */
    private static String csv(String expected) {
        String[] cells = expected.split("\\|", -1);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            if (cells[i].startsWith("#")) {
                line.append(cells[i].substring(1));
            } else if (!cells[i].isEmpty()) {
                line.append('"').append(cells[i]).append('"');
            }
        }
        return line.toString();
    }
}
