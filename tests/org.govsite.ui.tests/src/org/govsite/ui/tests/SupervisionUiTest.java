package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.history.AuditHistory;
import org.govsite.audit.verdict.Verdict;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.LifecycleStatus;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.protocol.PageTime;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.Quarter;
import org.govsite.report.supervision.SupervisionCountsStore;
import org.govsite.report.supervision.SupervisionItem;
import org.govsite.report.supervision.SupervisionReport;
import org.govsite.ui.audit.AuditCenter;
import org.govsite.ui.audit.AuditPreferencesFile;
import org.govsite.ui.handlers.PartSaveHandler;
import org.govsite.ui.report.supervision.SupervisionFileChooser;
import org.govsite.ui.report.supervision.SupervisionPart;
import org.govsite.ui.report.supervision.SupervisionWorkspace;
import org.govsite.ui.session.WorkbenchSession;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.SupervisionPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The supervision report's part on a platform of ten sites (one closed mid-2025, so in service that year; two opened
 * in 2025) and an audit history with runs in several quarters of 2025 and at the year's edges: the spot checks per quarter, the coverage warnings, typed
 * counts (dirty, a bound and a non-number flagged, saved and read back), the sample proposal audited through Run
 * Audit's batch, and the export read back with POI.
 */
class SupervisionUiTest extends UiTest {
    private static final int YEAR = 2025;
    private static final String FILLER = "测试省人民政府办公厅";

    private AuditCenter center;
    private final List<Site> sites = new ArrayList<>();
    private Path exported;

    @BeforeEach
    void seed() {
        center = new AuditCenter(AuditHistory.open(workbench.storeFolder),
                new AuditPreferencesFile(workbench.storeFolder.resolveSibling(AuditPreferencesFile.FILE_NAME)));
        workbench.context.set(AuditCenter.class, center);
        SupervisionWorkspace.install(workbench.context, folder);
        exported = folder.resolve("监管年度报表.xlsx");
        workbench.context.set(SupervisionFileChooser.class, (shell, year) -> Optional.of(exported));
        Platform platform = WorkbenchSession.emptyPlatform();
        for (int n = 1; n <= 10; n++) {
            Site site = GovSiteFactory.eINSTANCE.createSite();
            site.setName("测试站点" + n);
            site.setMainDomain("127.0.0." + n + ":9"); // loopback, nothing listening: an audit fails fast
            site.setStatus(LifecycleStatus.RUNNING);
            sites.add(site);
            platform.getSites().add(site);
        }
        sites.get(0).setOpenedOn(beijing("2025-01-01T00:00"));
        sites.get(1).setOpenedOn(beijing("2025-12-31T23:59"));
        sites.get(2).setOpenedOn(beijing("2024-12-31T23:59"));
        sites.get(9).setStatus(LifecycleStatus.CLOSED);
        sites.get(9).setStatusSince(beijing("2025-06-30T12:00"));
        workbench.show(platform);

        run(1, "2025-01-01T00:00", true);
        run(2, "2025-02-10T10:00", false);
        run(3, "2025-03-31T23:59", true);
        run(1, "2025-04-02T09:00", true);
        run(4, "2025-05-05T09:00", false);
        run(4, "2025-06-20T09:00", true); // fixed and audited again in the quarter: qualified
        run(5, "2025-10-01T00:00", false);
        run(6, "2025-11-11T11:00", true);
        run(7, "2025-12-01T08:00", true);
        run(8, "2025-12-31T23:59", true);
        run(9, "2024-12-31T23:59", true); // the year before
    }

    @AfterEach
    void closeHistory() {
        center.close();
    }

    @Test
    void spotChecksCountsSaveProposalAuditAndExport() throws Exception {
        SupervisionPart part = workbench.part(SupervisionPart.class);
        SupervisionPage page = new SupervisionPage(area(part));
        page.year(YEAR);
        List<String> expected = List.of("第一季度|3|1|是", "第二季度|2|0|否", "第三季度|0|0|否", "第四季度|4|1|是", "全年|8|2|");
        Widgets.waitUntil(workbench.display, 30_000, () -> page.checks().equals(expected), "the spot checks of 2025");
        assertEquals(List.of(coverage(2, 2), coverage(3, 0)), page.problems());
        assertEquals("2", page.count("SITES_OPENED").getText());
        assertEquals("1", page.count("SITES_CLOSED").getText());
        assertFalse(page.count("SITES_OPENED").getEditable(), "counted from the platform");
        assertFalse(model(part).isDirty());

        Widgets.type(page.filler(), FILLER);
        assertTrue(model(part).isDirty(), "typing makes the part dirty");
        page.type("ERRORS_RECEIVED", "10");
        page.type("ERRORS_FORWARDED", "10");
        page.type("ERRORS_ANSWERED", "12");
        String exceeds = ReportTexts.CHINESE.get("Problem_exceeds", label(SupervisionItem.ERRORS_ANSWERED), "12",
                label(SupervisionItem.ERRORS_RECEIVED), "10");
        assertTrue(page.problems().contains(exceeds), page.problems().toString());
        page.type("STAFF_TRAINED", "四百五十");
        String notNumber = ReportTexts.CHINESE.get("Problem_COUNT", label(SupervisionItem.STAFF_TRAINED), "四百五十");
        assertEquals(notNumber, page.problemOf("STAFF_TRAINED"));
        assertTrue(page.problems().contains(notNumber), page.problems().toString());

        MessageDialogWatcher watcher = new MessageDialogWatcher(workbench.display);
        save(part);
        Widgets.drain(workbench.display);
        watcher.stop();
        assertEquals(1, watcher.shown().size(), watcher.shown().toString());
        assertTrue(watcher.shown().get(0).contains(notNumber), watcher.shown().get(0));
        assertEquals("四百五十", page.count("STAFF_TRAINED").getText(), "kept as typed");
        assertTrue(model(part).isDirty());
        SupervisionCountsStore store = workbench.context.get(SupervisionCountsStore.class);
        assertFalse(Files.exists(store.file(YEAR)), "nothing saved");

        MessageDialogWatcher discard = new MessageDialogWatcher(workbench.display);
        page.year(YEAR - 1);
        discard.stop();
        assertEquals(1, discard.shown().size(), "unsaved entries: asked before another year is shown");
        assertEquals(YEAR, page.year(), "not discarded: the year stays");
        assertEquals(FILLER, page.filler().getText());
        assertTrue(model(part).isDirty());

        page.type("STAFF_TRAINED", "450");
        page.type("SITES_MERGED", "3");
        assertNull(page.problemOf("STAFF_TRAINED"));
        save(part);
        assertFalse(model(part).isDirty(), "saved");
        assertEquals(FILLER, store.load(YEAR).filler());
        workbench.closePart(part);

        SupervisionPart reopened = workbench.part(SupervisionPart.class);
        SupervisionPage again = new SupervisionPage(area(reopened));
        again.year(YEAR);
        assertEquals(FILLER, again.filler().getText());
        assertEquals("12", again.count("ERRORS_ANSWERED").getText());
        assertEquals("450", again.count("STAFF_TRAINED").getText());
        assertEquals("3", again.count("SITES_MERGED").getText());
        assertEquals("", again.count("ACCOUNTABILITY").getText(), "not entered");
        assertFalse(model(reopened).isDirty());
        Widgets.waitUntil(workbench.display, 30_000, () -> again.checks().equals(expected), "the spot checks again");

        again.propose(2);
        List<String> sample = again.sample();
        assertEquals(3, sample.size(), "⌈30% × 9 sites in service and not closed⌉: " + sample);
        assertEquals("测试站点2|127.0.0.2", sample.get(0), "unqualified in the first quarter: first");
        Set<String> neverChecked = Set.of("127.0.0.4", "127.0.0.5", "127.0.0.6", "127.0.0.7", "127.0.0.8");
        assertTrue(sample.subList(1, 3).stream().allMatch(row -> neverChecked.contains(row.split("\\|")[1])),
                "then sites not checked before the quarter: " + sample);
        assertTrue(again.sampleSummary().startsWith("第二季度"), again.sampleSummary());
        again.propose(2);
        assertEquals(sample, again.sample(), "the same proposal for the same quarter");

        exportAndReadBack(again);

        MessageDialogWatcher unread = new MessageDialogWatcher(workbench.display);
        again.press("auditSample");
        List<URI> homes = sample.stream().map(row -> URI.create("http://" + row.split("\\|")[1] + ":9/")).toList();
        Widgets.waitUntil(workbench.display, 60_000, () -> homes.stream().allMatch(h -> center.history().runs(h)
                .stream().anyMatch(r -> r.finished().atZone(PageTime.ZONE).getYear() > YEAR))
                && Job.getJobManager().isIdle(), "the sample audited");
        Widgets.drain(workbench.display);
        unread.stop();
        Quarter now = Quarter.of(Instant.now());
        again.year(now.year());
        Widgets.waitUntil(workbench.display, 30_000, () -> again.checks().get(now.number() - 1).split("\\|")[1]
                .equals("3"), "the sample's runs in this quarter");
    }

    /** Exports (confirming the report's error first) and reads the workbook back. */
    private void exportAndReadBack(SupervisionPage page) throws Exception {
        MessageDialogWatcher cancelled = new MessageDialogWatcher(workbench.display);
        page.press("export");
        cancelled.stop();
        assertEquals(1, cancelled.shown().size(), "the errors are asked about first");
        assertTrue(cancelled.shown().get(0).contains(ReportTexts.CHINESE.get("Problem_exceeds",
                label(SupervisionItem.ERRORS_ANSWERED), "12", label(SupervisionItem.ERRORS_RECEIVED), "10")),
                cancelled.shown().get(0));
        assertFalse(Files.exists(exported), "closing the question exports nothing");

        workbench.display.asyncExec(() -> Widgets.answerMessageDialog(workbench.display, "确定"));
        page.press("export");
        Widgets.waitUntil(workbench.display, 30_000, () -> Files.exists(exported) && Job.getJobManager().isIdle(),
                "the workbook written");
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("监管年度报表");
            assertEquals(FILLER, sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(List.of("第一季度|3|1|是", "第二季度|2|0|否", "第三季度|0|0|否", "第四季度|4|1|是", "全年|8|2|"),
                    List.of(4, 5, 6, 7, 8).stream().map(r -> checks(sheet.getRow(r))).toList());
            long[] counts = { 2, 3, 1, 10, 10, 12, 0, 0, 0, 0, 450 };
            for (SupervisionItem item : SupervisionItem.values()) {
                Row row = sheet.getRow(11 + item.ordinal());
                assertEquals(label(item), row.getCell(0).getStringCellValue());
                assertEquals(counts[item.ordinal()], (long) row.getCell(2).getNumericCellValue(), item.name());
            }
        }
    }

    private static String checks(Row row) {
        String covered = row.getCell(3) == null ? "" : row.getCell(3).getStringCellValue();
        return row.getCell(0).getStringCellValue() + "|" + (int) row.getCell(1).getNumericCellValue() + "|"
                + (int) row.getCell(2).getNumericCellValue() + "|" + covered;
    }

    /** Runs the workbench's Save as the part's own handler does while the part is active. */
    private void save(SupervisionPart part) {
        PartSaveHandler handler = new PartSaveHandler();
        assertEquals(true, ContextInjectionFactory.invoke(handler, CanExecute.class, model(part).getContext()));
        ContextInjectionFactory.invoke(handler, Execute.class, model(part).getContext());
    }

    private void run(int site, String beijingTime, boolean qualified) {
        Instant finished = beijing(beijingTime).toInstant();
        URI home = URI.create("http://127.0.0." + site + ":9/");
        center.history().save(new SiteAudit(home, finished.minusSeconds(600), finished, 1, List.of(),
                new Verdict(List.of(), List.of(), qualified ? 90 : 40, 60)));
    }

    private static Date beijing(String time) {
        return Date.from(LocalDateTime.parse(time).atZone(PageTime.ZONE).toInstant());
    }

    private static String coverage(int quarter, int checked) {
        return ReportTexts.CHINESE.get("Problem_coverage", Integer.toString(quarter), Integer.toString(checked), "10",
                "30");
    }

    private static String label(SupervisionItem item) {
        return SupervisionReport.label(ReportTexts.CHINESE, item);
    }

    private MPart model(Object part) {
        return workbench.parts.stream().filter(p -> p.getObject() == part).findFirst().orElseThrow();
    }

    private Composite area(Object part) {
        return model(part).getContext().get(Composite.class);
    }
}
