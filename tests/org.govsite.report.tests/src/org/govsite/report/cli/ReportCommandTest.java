package org.govsite.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.report.ManualFieldsStore;
import org.govsite.report.SampleReports;
import org.govsite.report.logs.AccessLogImportTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** govsite report end to end: statistics JSON, logs and manual fields in, workbooks, problems and exit codes out. */
class ReportCommandTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ReportCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String[] base, String... more) {
        List<String> args = new ArrayList<>(List.of(base));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Statistics of 3 sites, manual fields of sites 1 and 2 (site 3 none), a vhost log and a per-host log. */
    private void inputs() throws IOException {
        try (OutputStream json = Files.newOutputStream(temp.resolve("stats.json"))) {
            SampleReports.statistics(3).write(json);
        }
        ManualFieldsStore store = new ManualFieldsStore(temp.resolve("manual"));
        store.save(SampleReports.host(1), 2026, SampleReports.manual(1));
        store.save(SampleReports.host(2), 2025, SampleReports.manual(2)); // carried over to 2026: counts cleared
        Files.createDirectories(temp.resolve("logs"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(SampleReports.host(1) + " " + AccessLogImportTest.line("10.0.0." + i,
                    "0" + (1 + i % 2) + "/Jun/2026:08:00:00 +0800", "GET /index.html HTTP/1.1", 200, "Firefox"));
        }
        lines.add("garbage");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(temp.resolve("logs/all.log.gz")))) {
            gz.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(temp.resolve("logs/" + SampleReports.host(2) + ".log"), AccessLogImportTest.line(
                "10.1.1.1", "01/Jun/2026:08:00:00 +0800", "GET / HTTP/1.1", 200, "Firefox") + "\n");
    }

    @Test
    void writesEveryWorkbookAndReportsTheProblems() throws IOException {
        inputs();
        Path output = temp.resolve("out");
        int code = run("--year", "2026", "--statistics", temp.resolve("stats.json").toString(), "--logs",
                temp.resolve("logs").toString(), "--manual", temp.resolve("manual").toString(), "--output",
                output.toString(), "--published", "2027-01-20", "--lang", "en");
        assertEquals(ReportCommand.ERRORS, code, err());
        List<String> written = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(output.resolve("www.site1.gov.cn-2026.xlsx").toString(),
                output.resolve("www.site2.gov.cn-2026.xlsx").toString(),
                output.resolve("www.site3.gov.cn-2026.xlsx").toString(),
                output.resolve("province-2026.xlsx").toString()), written);
        String problems = err();
        assertTrue(problems.contains("Access logs: 6 page views counted, 0 other requests, 0 of other years, "
                + "0 without site, 1 malformed lines all.log.gz:6"), problems);
        assertTrue(!problems.contains("www.site1.gov.cn:"), problems);
        assertTrue(problems.contains("www.site2.gov.cn: ERROR REPORT-MANUAL-FIELD Security assessments is required"),
                problems);
        assertTrue(problems.contains("www.site3.gov.cn: ERROR REPORT-MANUAL-FIELD Sponsor is required"), problems);
        try (XSSFWorkbook site1 = new XSSFWorkbook(Files.newInputStream(output.resolve("www.site1.gov.cn-2026.xlsx")));
                XSSFWorkbook province = new XSSFWorkbook(Files.newInputStream(output.resolve("province-2026.xlsx")))) {
            assertEquals("Government website annual report (2026)", site1.getSheetAt(0).getRow(0).getCell(0)
                    .getStringCellValue());
            XSSFSheet sites = province.getSheet("Sites");
            int visitors = 3; // after name, home page and code
            assertEquals("Unique visitors(items)", sites.getRow(0).getCell(visitors).getStringCellValue());
            // site 1: 5 visitors over two days; site 2: 1; site 3: no log
            assertEquals(List.of(5.0, 1.0, 0.0), List.of(sites.getRow(1).getCell(visitors).getNumericCellValue(),
                    sites.getRow(2).getCell(visitors).getNumericCellValue(),
                    sites.getRow(3).getCell(visitors).getNumericCellValue()));
        }
    }

    @Test
    void onlyTheChosenSitesAndACleanRunExitsZero() throws IOException {
        inputs();
        Path output = temp.resolve("out");
        assertEquals(ReportCommand.OK, run("--year", "2026", "--statistics", temp.resolve("stats.json").toString(),
                "--manual", temp.resolve("manual").toString(), "--output", output.toString(), "--site",
                "www.site1.gov.cn", "--province", temp.resolve("p.xlsx").toString(), "--published", "2027-01-31"),
                err());
        assertEquals(List.of(output.resolve("www.site1.gov.cn-2026.xlsx").toString(),
                temp.resolve("p.xlsx").toString()), out.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals("", err());
    }

    @Test
    void badUsageExitsTwoAndUnreadableInputThree() throws IOException {
        assertEquals(ReportCommand.USAGE, run("--year", "2026", "--output", temp.toString()));
        assertTrue(err().startsWith("请给出--statistics 文件或--server 地址（二者之一）"), err());
        assertEquals(ReportCommand.USAGE, run("--year", "26", "--statistics", "s.json", "--output", "o"));
        assertEquals(ReportCommand.USAGE, run("--bogus"));
        inputs();
        assertEquals(ReportCommand.USAGE, run("--year", "2025", "--statistics", temp.resolve("stats.json").toString(),
                "--output", temp.toString(), "--lang", "en"));
        assertTrue(err().contains("holds the statistics of 2026, not 2025"), err());
        assertEquals(ReportCommand.USAGE, run("--year", "2026", "--statistics", temp.resolve("stats.json").toString(),
                "--output", temp.toString(), "--site", "www.nowhere.gov.cn"));
        assertEquals(ReportCommand.FAILED, run("--year", "2026", "--statistics", temp.resolve("none.json").toString(),
                "--output", temp.toString()));
        assertEquals(ReportCommand.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(
                "退出码：0 已生成（并已发布），1 已生成但有一致性错误，2 用法错误，3 失败，4 已生成但有网站未发布。"));
    }

    @Test
    void theStatisticsComeFromOneSourceAndTheLoginIsComplete() {
        String[] base = { "--year", "2026", "--output", temp.toString(), "--lang", "en" };
        assertEquals(ReportCommand.USAGE, run(base, "--statistics", "s.json", "--server", "https://127.0.0.1:1/"));
        assertTrue(err().startsWith("Give either --statistics FILE or --server URL (one of them)"), err());
        assertEquals(ReportCommand.USAGE, run(base, "--statistics", "s.json", "--publish"));
        assertTrue(err().contains("--publish needs --server URL and the login options"), err());
        assertEquals(ReportCommand.USAGE, run(base, "--server", "https://127.0.0.1:1/", "--operator", "zhang.wei",
                "--key", "k.key"));
        assertTrue(err().contains("--fingerprint is required"), err());
        assertEquals(ReportCommand.USAGE, run(base, "--server", "ftp://127.0.0.1/"));
        assertTrue(err().contains("--server takes an http or https URL, not ftp://127.0.0.1/"), err());
        assertEquals(ReportCommand.USAGE, run(base, "--server", "https://127.0.0.1:1/", "--fingerprint", "abc"));
        assertTrue(err().contains("--fingerprint takes the 64 hexadecimal digits of the server key's fingerprint, not abc"),
                err());
        assertEquals(ReportCommand.USAGE, run(base, "--statistics", "a.json", "b.json"));
        assertTrue(err().contains("The option --statistics takes one value."), err());
        assertEquals(ReportCommand.USAGE, run(base, "--password", "secret"));
        assertTrue(err().contains("Unknown option: --password"), err());
        assertEquals(ReportCommand.OK, run("--help", "--lang", "en"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("  --fingerprint HEX       the server key's fingerprint "
                + "(64 hex digits), checked before anything is sent"), out.toString(StandardCharsets.UTF_8));
    }
}
