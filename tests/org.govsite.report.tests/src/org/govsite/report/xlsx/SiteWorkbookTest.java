package org.govsite.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.report.AnnualReport;
import org.govsite.report.ManualFields;
import org.govsite.report.ReportTexts;
import org.govsite.report.SampleReports;
import org.junit.jupiter.api.Test;

/** Site 1's report written and read back with POI: every cell, the merged regions, the print setup. */
class SiteWorkbookTest {
    /** Section (when it starts), item, unit, value of every row of site 1, as the template shows them in Chinese. */
    static final List<String> EXPECTED_ZH = List.of(
            "网站基本信息|网站名称||测试网站1", "|首页网址||http://www.site1.gov.cn/", "|主办单位||测试市人民政府办公室1",
            "|网站类型||门户网站", "|政府网站标识码||3401000001", "|ICP备案编号||皖ICP备05001号",
            "|公安机关备案号||皖公网安备 34010202001号", "|独立用户访问总量|个|#100", "|网站总访问量|次|#1000",
            "信息发布|信息发布总数|条|#273", "|概况类信息更新量|条|#11", "|政务动态信息更新量|条|#203", "|信息公开目录信息更新量|条|#52",
            "专栏专题|专栏专题维护数量|个|#6", "|新开设数量|个|#2",
            "解读回应|解读信息发布总数|条|#13", "|解读材料数量|条|#6", "|解读产品数量|条|#4", "|媒体评论文章数量|条|#3",
            "|回应公众关注热点或重大舆情数量|次|#4",
            "办事服务|是否发布服务事项目录||否", "|注册用户数|个|#5001", "|政务服务事项数量|个|#81", "|可全程在线办理政务服务事项数量|个|#61",
            "|办件量总数|件|#1001", "|自然人办件量|件|#700", "|法人办件量|件|#301",
            "互动交流|是否使用统一平台||是", "|收到留言数量|条|#41", "|办结留言数量|条|#39", "|平均办理时间|天|#2.6",
            "|公开答复数量|条|#30", "|征集调查期数|期|#4", "|收到意见数量|条|#91", "|公布调查结果期数|期|#3", "|在线访谈期数|期|#2",
            "|网民留言数量|条|#26", "|答复网民提问数量|条|#20", "|是否提供智能问答||否",
            "安全防护|安全检测评估次数|次|#4", "|发现问题数量|个|#7", "|问题整改数量|个|#6", "|是否建立安全监测预警机制||是",
            "|是否开展应急演练||是", "|是否明确网站安全责任人||是",
            "移动新媒体|是否有移动新媒体||是", "|微博名称||@测试发布1", "|微博信息发布量|条|#1200", "|微博关注量|个|#34000",
            "|微信名称||测试发布1", "|微信信息发布量|条|#800", "|微信订阅数|个|#56000", "|其他||",
            "创新发展|搜索即服务||是", "|多语言版本||否", "|无障碍浏览||是", "|千人千网||否", "|其他||");

    static XSSFWorkbook written(AnnualReport report, ReportTexts texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SiteWorkbook.write(report, texts, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** @return a cell as the expected strings write it: numbers prefixed with #, text as it is, empty as "" */
    static String show(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return "#" + new DataFormatter().formatCellValue(cell);
        }
        return cell.getStringCellValue();
    }

    @Test
    void everyCellOfTheChineseReport() throws IOException {
        try (XSSFWorkbook book = written(SampleReports.reports(1).get(0), ReportTexts.CHINESE)) {
            XSSFSheet sheet = book.getSheet("年度报表");
            assertEquals("政府网站工作年度报表（2026年度）", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("填报单位：", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("测试市人民政府办公室1", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(List.of("栏目", "指标", "单位", "数值"), texts(sheet.getRow(2)));
            List<String> rows = new ArrayList<>();
            for (int r = 3; r < 3 + EXPECTED_ZH.size(); r++) {
                Row row = sheet.getRow(r);
                rows.add(show(row.getCell(0)) + '|' + show(row.getCell(1)) + '|' + show(row.getCell(2)) + '|'
                        + show(row.getCell(3)));
            }
            assertEquals(EXPECTED_ZH, rows);
            int signOff = 3 + EXPECTED_ZH.size() + 1;
            assertEquals(null, sheet.getRow(signOff - 1));
            assertEquals(List.of("单位负责人", "张三", "审核人", "李四"), texts(sheet.getRow(signOff)));
            assertEquals(List.of("填报人", "王五", "联系电话", "0551-62600001"), texts(sheet.getRow(signOff + 1)));
            assertEquals(List.of("填报日期", "2027-01-15"), texts(sheet.getRow(signOff + 2)));
            assertEquals(signOff + 2, sheet.getLastRowNum());
        }
    }

    @Test
    void sectionsAreMergedOverTheirRowsAndThePageIsA4FitToWidth() throws IOException {
        try (XSSFWorkbook book = written(SampleReports.reports(1).get(0), ReportTexts.ENGLISH)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Annual report", sheet.getSheetName());
            List<String> merged = sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted()
                    .toList();
            // title, reporting unit, then the sections: site 9 rows, publishing 4, topics 2, interpretation 5,
            // services 7, interaction 12, security 6, new media 8, innovation 5
            assertEquals(List.of("A1:D1", "A13:A16", "A17:A18", "A19:A23", "A24:A30", "A31:A42", "A43:A48", "A49:A56",
                    "A4:A12", "A57:A61", "B2:D2").stream().sorted().toList(), merged);
            assertEquals("Government website annual report (2026)", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Publishing", sheet.getRow(12).getCell(0).getStringCellValue());
            assertEquals("entries", sheet.getRow(12).getCell(2).getStringCellValue());
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertTrue(sheet.getFitToPage());
        }
    }

    @Test
    void emptyManualRowsAreEmptyCellsAndTheSiteNameIsTheReportingUnit() throws IOException {
        AnnualReport report = SampleReports.reports(1).get(0);
        AnnualReport blank = new AnnualReport(report.year(), report.statistics(), report.visits(),
                ManualFields.empty());
        try (XSSFWorkbook book = written(blank, ReportTexts.CHINESE)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("测试网站1", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("", show(sheet.getRow(3 + 2).getCell(3))); // 主办单位
            assertEquals("#0", show(sheet.getRow(3 + 21).getCell(3))); // 注册用户数: the platform's 0
        }
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(show(row.getCell(c)));
        }
        return texts;
    }
}
