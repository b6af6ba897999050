package org.govsite.migration.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.migration.LineProblem;
import org.govsite.migration.Messages;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownUrlsTest {
    @TempDir
    Path temp;

    @Test
    void csvWithAUrlColumnNormalisedRepeatsOnceBadLinesReported() throws Exception {
        Path file = temp.resolve("urls.csv");
        Files.writeString(file, "\uFEFFhits,URL\n12,HTTP://Old.Gov.CN:80/a.html#x\n3,/relative.html\n\n"
                + "5,http://old.gov.cn/a.html\n7,http://old.gov.cn/列表.html?p=2\n", StandardCharsets.UTF_8);
        KnownUrls list = KnownUrls.read(file);
        assertEquals(List.of(URI.create("http://old.gov.cn/a.html"),
                URI.create("http://old.gov.cn/%E5%88%97%E8%A1%A8.html?p=2")), list.urls());
        assertEquals(List.of(new LineProblem(3, NLS.bind(Messages.ListNotUrl, "/relative.html"))), list.problems());
    }

    @Test
    void csvWithoutAUrlColumnIsLineOne() throws Exception {
        KnownUrls list = KnownUrls.csv(new StringReader("address\nhttp://old.gov.cn/\n"));
        assertEquals(List.of(), list.urls());
        assertEquals(1, list.problems().get(0).line());
    }

    @Test
    void xlsxFirstColumnOfTheFirstSheetAfterAHeader() throws Exception {
        Path file = temp.resolve("urls.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("访问日志");
            sheet.createRow(0).createCell(0).setCellValue("网址");
            sheet.createRow(1).createCell(0).setCellValue("http://old.gov.cn/art/art_1_2.html");
            sheet.createRow(2).createCell(0).setCellValue("不是网址");
            sheet.createRow(4).createCell(0).setCellValue("https://old.gov.cn/b.html");
            sheet.getRow(1).createCell(1).setCellValue("http://ignored.gov.cn/");
            workbook.write(out);
        }
        KnownUrls list = KnownUrls.read(file);
        assertEquals(List.of(URI.create("http://old.gov.cn/art/art_1_2.html"), URI.create("https://old.gov.cn/b.html")),
                list.urls());
        assertEquals(List.of(new LineProblem(3, NLS.bind(Messages.ListNotUrl, "不是网址"))), list.problems());
    }

    @Test
    void aDateColumnGivesPublicationTimesAndABadDateIsALine() throws Exception {
        KnownUrls list = KnownUrls.csv(new StringReader("url,发布日期\nhttp://old.gov.cn/a.html,2019年3月5日\n"
                + "http://old.gov.cn/b.html,2019-03-06 10:20\nhttp://old.gov.cn/c.html,昨天\nhttp://old.gov.cn/d.html,\n"));
        assertEquals(4, list.urls().size(), "a URL with a bad date is still known");
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        assertEquals(Map.of(URI.create("http://old.gov.cn/a.html"), ZonedDateTime.of(2019, 3, 5, 0, 0, 0, 0, beijing),
                URI.create("http://old.gov.cn/b.html"), ZonedDateTime.of(2019, 3, 6, 10, 20, 0, 0, beijing)), list.published());
        assertEquals(List.of(new LineProblem(4, NLS.bind(Messages.ListNotDate, "昨天"))), list.problems());
        assertEquals(Map.of(), KnownUrls.csv(new StringReader("url,hits\nhttp://old.gov.cn/a.html,2019\n")).published(),
                "no date column, no dates");

        Path file = temp.resolve("export.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("栏目文章");
            sheet.createRow(0).createCell(0).setCellValue("网址");
            sheet.getRow(0).createCell(1).setCellValue("Published");
            sheet.createRow(1).createCell(0).setCellValue("http://old.gov.cn/art/art_1_2.html");
            CellStyle dated = workbook.createCellStyle();
            dated.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            sheet.getRow(1).createCell(1).setCellValue(LocalDateTime.of(2018, 12, 31, 16, 5));
            sheet.getRow(1).getCell(1).setCellStyle(dated);
            sheet.createRow(2).createCell(0).setCellValue("http://old.gov.cn/art/art_1_3.html");
            sheet.getRow(2).createCell(1).setCellValue("2019/1/2");
            workbook.write(out);
        }
        KnownUrls xlsx = KnownUrls.read(file);
        assertEquals(Map.of(URI.create("http://old.gov.cn/art/art_1_2.html"), ZonedDateTime.of(2018, 12, 31, 16, 5, 0, 0, beijing),
                URI.create("http://old.gov.cn/art/art_1_3.html"), ZonedDateTime.of(2019, 1, 2, 0, 0, 0, 0, beijing)), xlsx.published());
        assertEquals(List.of(), xlsx.problems());
    }
}
