package org.govsite.migration.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
}
