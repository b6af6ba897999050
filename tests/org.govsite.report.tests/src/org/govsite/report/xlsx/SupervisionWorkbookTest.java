package org.govsite.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.CheckRow;
import org.govsite.report.supervision.SpotCheckResult;
import org.govsite.report.supervision.SupervisionItem;
import org.govsite.report.supervision.SupervisionReport;
import org.junit.jupiter.api.Test;

/** The supervision report written and read back with POI: every cell, the merged regions, the print setup. */
public class SupervisionWorkbookTest {
    static final List<String> EXPECTED_ZH = List.of(
            "政府网站监管年度报表（2026年度）|||",
            "填报单位：|测试省人民政府办公厅||",
            "时间|抽查情况||",
            "|抽查网站数（个）|不合格网站数（个）|抽查比例不低于30%",
            "第一季度|#40|#3|是",
            "第二季度|#35|#2|是",
            "第三季度|#29|#0|否",
            "第四季度|#50|#5|是",
            "全年|#90|#8|",
            "|||",
            "指标|单位|数值|",
            "新开设网站数|个|#3|", "整合网站数|个|#2|", "关停网站数|个|#4|",
            "“我为政府网站找错”收到网民留言数|条|#120|", "1个工作日内转办数|条|#118|", "3个工作日内答复数|条|#115|",
            "问责人次|人次|#6|", "安全检查次数|次|#12|", "发现假冒政府网站数|个|#3|", "处置假冒政府网站数|个|#3|",
            "培训人员|人次|#450|");

    /** @return each row of the sheet as its first four cells ({@link SiteWorkbookTest#show}) joined by | */
    public static List<String> rows(Sheet sheet) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                cells.add(row == null ? "" : SiteWorkbookTest.show(row.getCell(c)));
            }
            rows.add(String.join("|", cells));
        }
        return rows;
    }

    /** @return the report whose cells {@link #EXPECTED_ZH} lists */
    static SupervisionReport sample() {
        Map<SupervisionItem, Long> counts = new EnumMap<>(SupervisionItem.class);
        long[] values = { 3, 2, 4, 120, 118, 115, 6, 12, 3, 3, 450 };
        for (SupervisionItem item : SupervisionItem.values()) {
            counts.put(item, values[item.ordinal()]);
        }
        SpotCheckResult checks = new SpotCheckResult(List.of(new CheckRow(40, 3, true), new CheckRow(35, 2, true),
                new CheckRow(29, 0, false), new CheckRow(50, 5, true)), new CheckRow(90, 8, true));
        return new SupervisionReport(2026, "测试省人民政府办公厅", checks, counts);
    }

    @Test
    void everyCellInChinese() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SupervisionWorkbook.write(sample(), 30, ReportTexts.CHINESE, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("监管年度报表");
            List<String> actual = rows(sheet);
            assertEquals(EXPECTED_ZH, actual);
            assertEquals(List.of("A1:D1", "B2:D2", "A3:A4", "B3:D3"),
                    sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
        }
    }
}
