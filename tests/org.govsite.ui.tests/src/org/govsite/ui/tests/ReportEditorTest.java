package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.osgi.util.NLS;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Site;
import org.govsite.report.ManualFields;
import org.govsite.report.ReportRow;
import org.govsite.report.ReportTexts;
import org.govsite.report.SiteStatistics;
import org.govsite.report.SiteStatistics.Articles;
import org.govsite.report.SiteStatistics.Cases;
import org.govsite.report.SiteStatistics.Services;
import org.govsite.report.Statistics;
import org.govsite.report.check.ConsistencyChecks;
import org.govsite.ui.Messages;
import org.govsite.ui.handlers.PartSaveHandler;
import org.govsite.ui.report.OpenReportHandler;
import org.govsite.ui.report.ReportEditorPart;
import org.govsite.ui.report.ReportFiles;
import org.govsite.ui.report.ReportWorkspace;
import org.govsite.ui.session.ExitConfirmation;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.ReportEditorPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The annual report editor on a generated platform's statistics file: manual fields typed, flagged, saved and read
 * back, carried over to the next year, the problems from the statistics, access logs imported, both workbooks
 * exported and read back with POI.
 */
class ReportEditorTest extends UiTest {
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
    static final String HOST = "www.hangzhou.gov.cn";

    private final TestReportFiles files = new TestReportFiles();
    private final PartSaveHandler saveCommand = new PartSaveHandler();
    private Path workspaceFolder;

    @BeforeEach
    void reports() throws IOException {
        workspaceFolder = folder.resolve("workspace");
        workbench.context.set(ReportWorkspace.class, new ReportWorkspace(workspaceFolder));
        workbench.context.set(ReportFiles.class, files);
        files.statistics.put(YEAR, statisticsFile(YEAR));
        files.statistics.put(YEAR + 1, statisticsFile(YEAR + 1));
    }

    /**
     * Two sites; the first publishes 10 articles of which 4 + 5 + 3 by category (more than the total: a problem of
     * the platform's data) and handled 7 cases, 4 by persons and 3 by legal entities.
     */
    private Path statisticsFile(int year) throws IOException {
        Statistics statistics = new Statistics(year, List.of(
                new SiteStatistics("hz-portal", "杭州市人民政府门户网站", HOST, "3301000001", new Articles(10, 4, 5, 3), null,
                        null, 2, new Services(true, 0, 6, 5, new Cases(7, 4, 3)), null, null, null),
                new SiteStatistics("hz-fgw", "杭州市发展和改革委员会", "drc.hangzhou.gov.cn", "3301000002",
                        new Articles(8, 2, 2, 2), null, null, 0, null, null, null, null)));
        Path file = folder.resolve("statistics-" + year + ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            statistics.write(out);
        }
        return file;
    }

    /** Runs 报表 > 年度报表 and waits for the statistics in the editor it opened (the newest). */
    private ReportEditorPage open() {
        workbench.execute(new OpenReportHandler());
        MPart part = workbench.parts.stream().filter(p -> ReportEditorPart.DESCRIPTOR_ID.equals(p.getElementId()))
                .reduce((a, b) -> b).orElseThrow();
        ReportEditorPage page = new ReportEditorPage(part.getContext().get(Composite.class));
        Widgets.waitUntil(workbench.display, 10_000, () -> page.site().getItemCount() == 2, "the statistics read");
        return page;
    }

    private MPart part() {
        return workbench.parts.stream().filter(p -> ReportEditorPart.DESCRIPTOR_ID.equals(p.getElementId()))
                .findFirst().orElseThrow();
    }

    @Test
    void exitOffersToSaveTheEditorsUnsavedFields() throws IOException {
        ReportEditorPage page = open();
        part().setLabel("年度报表");
        page.type(ReportRow.HEAD, "王主任");
        assertTrue(part().isDirty());

        MessageDialogWatcher closed = new MessageDialogWatcher(workbench.display);
        assertFalse(ExitConfirmation.confirm(workbench.session(), workbench.parts, workbench.shell),
                "closing the question cancels the exit");
        closed.stop();
        assertEquals(List.of(Messages.Quit_title + "\n" + NLS.bind(Messages.Quit_unsavedParts, "年度报表")),
                closed.shown());
        assertTrue(part().isDirty(), "nothing saved, nothing lost");

        answerWhenShown(workbench.display, Messages.Quit_save);
        assertTrue(ExitConfirmation.confirm(workbench.session(), workbench.parts, workbench.shell));
        assertFalse(part().isDirty());
        Path saved = new ReportWorkspace(workspaceFolder).manual().file(HOST, YEAR);
        assertTrue(Files.readString(saved, StandardCharsets.UTF_8).contains("王主任"));
    }

    @Test
    void manualFieldsAreFlaggedSavedAndCarriedOverToTheNextYear() throws IOException {
        ReportEditorPage page = open();

        assertEquals(YEAR, page.year());
        assertEquals(List.of(YEAR), files.statisticsAsked);
        assertEquals("杭州市人民政府门户网站（www.hangzhou.gov.cn）", page.site().getText());
        assertEquals(files.statistics.get(YEAR).toString(), page.source());
        assertEquals("10", page.text(ReportRow.ARTICLES_TOTAL));
        assertFalse(page.editable(ReportRow.ARTICLES_TOTAL));
        assertFalse(page.editable(ReportRow.TOTAL_VISITS));
        assertTrue(page.editable(ReportRow.SPONSOR));
        assertTrue(page.problem(ReportRow.ARTICLES_TOTAL).endsWith("（12）超过信息发布总数（10）"),
                page.problem(ReportRow.ARTICLES_TOTAL));
        assertTrue(page.problems().stream().anyMatch(p -> p.get(3).equals(ConsistencyChecks.PART_EXCEEDS_TOTAL)
                && p.get(0).equals(Messages.Problems_error) && p.get(1).equals(ReportTexts.CHINESE.label(ReportRow.ARTICLES_TOTAL))),
                page.problems().toString());
        assertNull(page.problem(ReportRow.CASES_TOTAL));
        assertTrue(page.problem(ReportRow.SPONSOR).contains(ReportTexts.CHINESE.label(ReportRow.SPONSOR)));

        page.type(ReportRow.SPONSOR, "杭州市人民政府办公厅");
        page.choose(ReportRow.SITE_TYPE, "门户网站");
        page.choose(ReportRow.UNIFIED_PLATFORM, "是");
        page.type(ReportRow.SECURITY_ASSESSMENTS, "3");
        page.type(ReportRow.PHONE, "12345");
        page.type(ReportRow.WEIBO_POSTS, "很多");

        assertTrue(part().isDirty());
        assertNull(page.problem(ReportRow.SPONSOR));
        assertNull(page.problem(ReportRow.SECURITY_ASSESSMENTS));
        assertTrue(page.problem(ReportRow.PHONE).contains("12345"), page.problem(ReportRow.PHONE));
        assertTrue(page.problem(ReportRow.WEIBO_POSTS).contains("很多"), page.problem(ReportRow.WEIBO_POSTS));
        assertTrue(page.problems().stream().anyMatch(p -> p.get(1).equals(ReportTexts.CHINESE.label(ReportRow.PHONE))
                && p.get(3).equals(ManualFields.CHECK)));

        page.press("save");
        assertFalse(part().isDirty());
        Path saved = workspaceFolder.resolve("reports/manual/" + HOST + "-" + YEAR + ".json");
        assertTrue(Files.readString(saved, StandardCharsets.UTF_8).contains("\"PHONE\" : \"12345\""));

        workbench.closePart(part().getObject());
        page = open();
        assertEquals("杭州市人民政府办公厅", page.text(ReportRow.SPONSOR));
        assertEquals("门户网站", page.text(ReportRow.SITE_TYPE));
        assertEquals("是", page.text(ReportRow.UNIFIED_PLATFORM));
        assertEquals("3", page.text(ReportRow.SECURITY_ASSESSMENTS));
        assertEquals("12345", page.text(ReportRow.PHONE));
        assertNotNull(page.problem(ReportRow.PHONE));
        assertEquals(files.statistics.get(YEAR).toString(), page.source());
        assertEquals(List.of(YEAR), files.statisticsAsked, "the statistics of a year are read once a session");
        assertEquals(files.statistics.get(YEAR).toAbsolutePath(),
                new ReportWorkspace(workspaceFolder).statisticsFile(YEAR).orElseThrow());

        page.type(ReportRow.HEAD, "王主任");
        assertEquals(Boolean.TRUE, ContextInjectionFactory.invoke(saveCommand, CanExecute.class, part().getContext()));
        ContextInjectionFactory.invoke(saveCommand, Execute.class, part().getContext());
        assertFalse(part().isDirty(), "File > Save saves the active report editor");
        assertTrue(Files.readString(saved, StandardCharsets.UTF_8).contains("王主任"));
        assertFalse(workbench.session().isDirty());
        page.type(ReportRow.REVIEWER, "李审核");
        page.chooseYear(YEAR + 1);
        assertFalse(part().isDirty(), "switching the year saves first");
        Widgets.waitUntil(workbench.display, 10_000, () -> files.statisticsAsked.size() == 2, "next year's statistics");
        ReportEditorPage next = page;
        Widgets.waitUntil(workbench.display, 10_000, () -> next.text(ReportRow.SPONSOR).equals("杭州市人民政府办公厅"),
                "the fields carried over");
        assertEquals("门户网站", next.text(ReportRow.SITE_TYPE));
        assertEquals("12345", next.text(ReportRow.PHONE));
        assertEquals("王主任", next.text(ReportRow.HEAD));
        assertEquals("", next.text(ReportRow.SECURITY_ASSESSMENTS), "counts are not carried over");
        assertTrue(Files.readString(saved, StandardCharsets.UTF_8).contains("李审核"));
        assertFalse(Files.exists(workspaceFolder.resolve("reports/manual/" + HOST + "-" + (YEAR + 1) + ".json")));
    }

    @Test
    void aStatisticsFileOfAnotherYearIsRefused() throws IOException {
        files.statistics.put(YEAR, statisticsFile(YEAR - 3));
        MessageDialogWatcher dialogs = new MessageDialogWatcher(workbench.display);

        workbench.execute(new OpenReportHandler());
        ReportEditorPage page = new ReportEditorPage(part().getContext().get(Composite.class));
        Widgets.waitUntil(workbench.display, 10_000, () -> !dialogs.shown().isEmpty(), "the error dialog");
        dialogs.stop();

        String message = files.statistics.get(YEAR) + " 是 " + (YEAR - 3) + " 年的统计数据，不是 " + YEAR + " 年的";
        assertEquals(message, page.status());
        assertTrue(dialogs.shown().get(0).contains(message), dialogs.shown().toString());
        assertEquals(0, page.site().getItemCount());
        assertTrue(new ReportWorkspace(workspaceFolder).statisticsFile(YEAR).isEmpty(), "a refused file is not kept");
    }

    @Test
    void theSiteSelectedInTheExplorerIsShownOrNamedWhenMissing() {
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, site("https://DRC.hangzhou.gov.cn/"));
        ReportEditorPage page = open();
        assertEquals("杭州市发展和改革委员会（drc.hangzhou.gov.cn）", page.site().getText());
        assertEquals("8", page.text(ReportRow.ARTICLES_TOTAL));

        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, site("www.example.gov.cn"));
        ReportEditorPage other = open();
        assertEquals(2, workbench.parts.size(), "another site, another editor");
        assertEquals(YEAR + " 年的统计数据中没有站点 www.example.gov.cn，显示第一个站点", other.status());
        assertEquals("杭州市人民政府门户网站（www.hangzhou.gov.cn）", other.site().getText());
    }

    private static Site site(String mainDomain) {
        Site site = GovSiteFactory.eINSTANCE.createSite();
        site.setMainDomain(mainDomain);
        return site;
    }

    @Test
    void aProblemOpensItsRow() {
        ReportEditorPage page = open();
        List<List<String>> problems = page.problems();
        int phone = problems.indexOf(problems.stream()
                .filter(p -> p.get(1).equals(ReportTexts.CHINESE.label(ReportRow.PHONE))).findFirst().orElseThrow());

        page.openProblem(phone);

        assertEquals(page.field(ReportRow.PHONE), workbench.display.getFocusControl());
    }

    @Test
    void exportsWriteTheTypedValues() throws IOException {
        ReportEditorPage page = open();
        page.type(ReportRow.SPONSOR, "杭州市人民政府办公厅");
        page.type(ReportRow.SECURITY_ASSESSMENTS, "3");
        files.target = folder.resolve("out/site.xlsx");

        answerWhenShown(workbench.display, Messages.Button_ok);
        page.press("exportSite");
        Widgets.waitUntil(workbench.display, 20_000, () -> Files.exists(files.target), "the site's XLSX");

        assertEquals(List.of(HOST + "-" + YEAR + ".xlsx"), files.proposedNames);
        Map<String, String> cells = siteCells(files.target);
        assertEquals("杭州市人民政府办公厅", cells.get(ReportTexts.CHINESE.label(ReportRow.SPONSOR)));
        assertEquals("3", cells.get(ReportTexts.CHINESE.label(ReportRow.SECURITY_ASSESSMENTS)));
        assertEquals("10", cells.get(ReportTexts.CHINESE.label(ReportRow.ARTICLES_TOTAL)));
        Widgets.waitUntil(workbench.display, 5_000, () -> page.status().contains("site.xlsx"), "the status");

        files.target = folder.resolve("out/province.xlsx");
        answerWhenShown(workbench.display, Messages.Button_ok);
        page.press("exportProvince");
        Widgets.waitUntil(workbench.display, 20_000, () -> Files.exists(files.target), "the province workbook");

        assertFalse(part().isDirty(), "the province workbook is made of the saved fields: saved first");
        try (InputStream in = Files.newInputStream(files.target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sites = workbook.getSheet("站点");
            Row header = sites.getRow(0);
            int column = -1;
            for (Cell cell : header) {
                if (cell.getStringCellValue().startsWith(ReportTexts.CHINESE.label(ReportRow.SECURITY_ASSESSMENTS))) {
                    column = cell.getColumnIndex();
                }
            }
            assertTrue(column > 0);
            assertEquals("杭州市人民政府门户网站", sites.getRow(1).getCell(0).getStringCellValue());
            assertEquals(3, sites.getRow(1).getCell(column).getNumericCellValue());
            assertEquals("杭州市发展和改革委员会", sites.getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void cancellingTheConfirmationExportsNothing() {
        ReportEditorPage page = open();
        files.target = folder.resolve("out/site.xlsx");

        answerWhenShown(workbench.display, Messages.Button_cancel);
        page.press("exportSite");
        Widgets.spin(workbench.display, 300);

        assertEquals(List.of(), files.proposedNames);
        assertFalse(Files.exists(files.target));
    }

    @Test
    void accessLogsGiveTheVisits() throws IOException {
        ReportEditorPage page = open();
        Path log = folder.resolve("logs/" + HOST + ".access.log");
        Files.createDirectories(log.getParent());
        String agent = "\"Mozilla/5.0 (X11; Linux x86_64)\"";
        Files.writeString(log, String.join("\n",
                "10.0.0.1 - - [03/Mar/" + YEAR + ":10:00:00 +0800] \"GET / HTTP/1.1\" 200 512 \"-\" " + agent,
                "10.0.0.1 - - [03/Mar/" + YEAR + ":10:01:00 +0800] \"GET /news/ HTTP/1.1\" 200 512 \"-\" " + agent,
                "10.0.0.2 - - [04/Mar/" + YEAR + ":10:00:00 +0800] \"GET / HTTP/1.1\" 200 512 \"-\" " + agent,
                "10.0.0.2 - - [04/Mar/" + YEAR + ":10:00:01 +0800] \"GET /style.css HTTP/1.1\" 200 512 \"-\" " + agent,
                "not a log line", ""), StandardCharsets.UTF_8);
        files.logs = List.of(log.getParent());

        page.press("importLogs");
        Widgets.waitUntil(workbench.display, 10_000, () -> page.text(ReportRow.TOTAL_VISITS).equals("3"), "the visits");

        assertEquals("2", page.text(ReportRow.UNIQUE_VISITORS));
        assertTrue(page.status().startsWith("访问日志：计入 3 次访问，排除 1 条，其他年份 0 条，无法归属站点 0 条，格式错误 1 条"),
                page.status());
        page.chooseSite(1);
        assertEquals("0", page.text(ReportRow.TOTAL_VISITS));
    }

    /** The site workbook's values by row label (column B label, column D value, as the cells show them). */
    private static Map<String, String> siteCells(Path file) throws IOException {
        Map<String, String> cells = new java.util.HashMap<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(1) != null && row.getCell(3) != null) {
                    cells.put(format.formatCellValue(row.getCell(1)), format.formatCellValue(row.getCell(3)));
                }
            }
        }
        return cells;
    }

    /** Answers the next message dialog with the button {@code text} as soon as it is open (it blocks in its own loop). */
    static void answerWhenShown(Display display, String text) {
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                if (Arrays.stream(display.getShells()).anyMatch(s -> !s.isDisposed() && s.getData() instanceof MessageDialog)) {
                    Widgets.answerMessageDialog(display, text);
                } else {
                    display.timerExec(50, this);
                }
            }
        });
    }
}
