package org.govsite.audit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.junit.jupiter.api.Test;

/** The XLSX report read back with POI: sheets, headers, cells, links (HYPERLINK formulas), frozen and filtered header rows. */
class XlsxReportTest {

    private static XSSFWorkbook write(List<SiteAudit> audits, Locale language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditReports.write(audits, ReportFormat.XLSX, language, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> row(Sheet sheet, int r) {
        List<String> values = new ArrayList<>();
        for (Cell cell : sheet.getRow(r)) {
            values.add(switch (cell.getCellType()) {
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            default -> cell.getStringCellValue();
            });
        }
        return values;
    }

    @Test
    void chineseWorkbookHoldsTheAudits() throws Exception {
        SiteAudit problems = SampleAudits.problems();
        try (XSSFWorkbook book = write(List.of(problems, SampleAudits.clean()), Locale.CHINESE)) {
            assertEquals(List.of("汇总", "问题清单", "检查指标"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            Sheet summary = book.getSheet("汇总");
            assertEquals(List.of("首页", "页面数", "ERROR", "WARNING", "INFO", "得分", "结论", "单项否决"), row(summary, 0));
            assertEquals(List.of(SampleAudits.HOME.toString(), "12.0", "3.0", "1.0", "0.0", "98.9", "不合格",
                    "VETO-SERIOUS-CONTENT"), row(summary, 1));
            assertEquals(List.of(SampleAudits.CLEAN.toString(), "3.0", "0.0", "0.0", "0.0", "100.0", "合格", ""),
                    row(summary, 2));
            assertEquals(3, summary.getPhysicalNumberOfRows());

            Sheet findings = book.getSheet("问题清单");
            assertEquals(List.of("网站", "规则", "级别", "页面", "链接目标", "元素", "链接文字", "依据", "说明"), row(findings, 0));
            assertEquals(problems.findings().size() + 1, findings.getPhysicalNumberOfRows());
            for (int i = 0; i < problems.findings().size(); i++) {
                Finding f = problems.findings().get(i);
                assertEquals(List.of(SampleAudits.HOME.toString(), f.ruleId(), f.severity().name(), f.page().toString(),
                        f.target(), f.element(), f.anchorText(), f.evidence(), new ReportText(Locale.CHINESE).message(f)),
                        row(findings, i + 1), "row " + (i + 1));
            }
            assertEquals("链接无法访问：http://127.0.0.1:8080/gone.html（http://127.0.0.1:8080/gone.html HTTP 404）",
                    findings.getRow(1).getCell(8).getStringCellValue());
            assertEquals("HYPERLINK(\"" + SampleAudits.HOME + "\")", findings.getRow(1).getCell(3).getCellFormula());
            assertEquals("HYPERLINK(\"http://127.0.0.1:8080/gone.html\")", findings.getRow(1).getCell(4).getCellFormula());
            assertEquals(CellType.STRING, findings.getRow(2).getCell(4).getCellType(), "an empty target is no link");
            assertEquals(CellType.STRING, findings.getRow(1).getCell(1).getCellType(), "a rule is no link");

            Sheet verdict = book.getSheet("检查指标");
            assertEquals(List.of("网站", "指标", "扣分", "依据"), row(verdict, 0));
            assertEquals(List.of(SampleAudits.HOME.toString(), "VETO-SERIOUS-CONTENT", "0.0",
                    new ReportText(Locale.CHINESE).message(problems.findings().get(1))), row(verdict, 1));
            assertEquals(List.of("DEDUCT-BROKEN-LINK", "1.0"), row(verdict, 2).subList(1, 3));
            assertEquals(List.of("DEDUCT-BROKEN-LINK", "0.1"), row(verdict, 3).subList(1, 3));
            assertEquals(4, verdict.getPhysicalNumberOfRows());
        }
    }

    @Test
    void headerRowsAreBoldFrozenAndFiltered() throws Exception {
        try (XSSFWorkbook book = write(List.of(SampleAudits.problems()), Locale.CHINESE)) {
            for (int s = 0; s < 3; s++) {
                Sheet sheet = book.getSheetAt(s);
                Row header = sheet.getRow(0);
                assertTrue(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), sheet.getSheetName());
                assertNotNull(sheet.getPaneInformation(), sheet.getSheetName());
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), sheet.getSheetName());
                assertTrue(sheet.getColumnWidth(0) >= 40 * 256, sheet.getSheetName());
            }
            List<String> filters = new ArrayList<>();
            for (var name : book.getAllNames()) {
                if (XSSFName.BUILTIN_FILTER_DB.equals(name.getNameName())) {
                    filters.add(name.getRefersToFormula().replace("'", ""));
                }
            }
            assertEquals(List.of("汇总!$A$1:$H$2", "问题清单!$A$1:$I$5", "检查指标!$A$1:$D$4"), filters);
        }
    }

    @Test
    void englishWorkbookHasEnglishSheetsAndHeaders() throws Exception {
        try (XSSFWorkbook book = write(List.of(SampleAudits.problems()), Locale.ROOT)) {
            assertEquals(List.of("Summary", "Findings", "Verdict"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            assertEquals(List.of("Site", "Rule", "Severity", "Page", "Target", "Element", "Anchor text", "Evidence",
                    "Message"), row(book.getSheet("Findings"), 0));
            assertEquals("Not qualified", book.getSheet("Summary").getRow(1).getCell(6).getStringCellValue());
            assertEquals(List.of("Site", "Indicator", "Points deducted", "Evidence"), row(book.getSheet("Verdict"), 0));
        }
    }
}
