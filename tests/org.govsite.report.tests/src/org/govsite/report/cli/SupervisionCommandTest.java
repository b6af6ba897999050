package org.govsite.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.history.AuditHistory;
import org.govsite.audit.verdict.Verdict;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.LifecycleStatus;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.protocol.PageTime;
import org.govsite.report.supervision.Quarter;
import org.govsite.report.supervision.SupervisionCountsStore;
import org.govsite.report.supervision.SupervisionEntries;
import org.govsite.report.supervision.SupervisionItem;
import org.govsite.report.xlsx.SupervisionWorkbookTest;
import org.govsite.store.PlatformStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * govsite report supervision end to end: a generated workspace (a platform store of 12 sites with life-cycle dates,
 * an audit history with runs across the quarters) and hand-entered counts in, the workbook read back with POI.
 */
class SupervisionCommandTest {
    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ReportCommand(null).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String host(int i) {
        return "www.s" + i + ".gov.cn";
    }

    /**
     * Sites 1-8 running since 2020; 9 opened in March 2026; 10 closed in June 2026 (both in service); 11 closed in
     * 2025 and 12 planned (not in service): 10 in service, 1 opened, 1 closed. Site 10 answers to an alias too.
     */
    private void workspace() {
        Platform platform = GovSiteFactory.eINSTANCE.createPlatform();
        platform.setId("zj");
        platform.setName("浙江省政府网站集约化平台");
        for (int i = 1; i <= 12; i++) {
            Site site = GovSiteFactory.eINSTANCE.createSite();
            site.setId("s" + i);
            site.setName("网站" + i);
            site.setMainDomain(i == 10 ? "new.s10.gov.cn" : host(i));
            site.setOpenedOn(date(i == 9 ? "2026-03-01T00:00" : "2020-01-01T00:00"));
            site.setStatus(i == 10 || i == 11 ? LifecycleStatus.CLOSED
                    : i == 12 ? LifecycleStatus.PLANNED : LifecycleStatus.RUNNING);
            site.setStatusSince(i == 10 ? date("2026-06-30T00:00") : i == 11 ? date("2025-05-01T00:00") : null);
            if (i == 10) {
                site.getAliases().add(host(10));
            }
            platform.getSites().add(site);
        }
        try (PlatformStore store = PlatformStore.open(temp.resolve("ws/store"))) {
            store.save(platform, null);
        }
        try (AuditHistory history = AuditHistory.open(temp.resolve("ws/store"))) {
            // Q1: 3 of 10 (covered), site 3 unqualified
            audit(history, 1, "2026-01-05T10:00", true);
            audit(history, 2, "2026-02-05T10:00", true);
            audit(history, 3, "2026-03-31T23:59", false);
            // Q2: 2 of 10 (not covered)
            audit(history, 1, "2026-04-01T00:00", true);
            audit(history, 2, "2026-06-01T10:00", true);
            // Q3: site 4 failed then fixed: qualified by the latest run
            audit(history, 4, "2026-07-01T10:00", false);
            audit(history, 4, "2026-07-20T10:00", true);
            audit(history, 5, "2026-08-01T10:00", true);
            audit(history, 6, "2026-09-01T10:00", true);
            // Q4: 4 of 10, site 7 unqualified; site 10 on the last minute of the year, by its alias
            audit(history, 7, "2026-10-01T10:00", false);
            audit(history, 8, "2026-11-01T10:00", true);
            audit(history, 9, "2026-12-01T10:00", true);
            audit(history, 10, "2026-12-31T23:59", true);
            // not counted: another year, a site of no platform in the store
            audit(history, 5, "2027-01-01T00:00", false);
            audit(history, 5, "2025-12-31T23:59", false);
            history.save(siteAudit("http://www.elsewhere.gov.cn/", "2026-12-01T10:00", false));
        }
    }

    private static void audit(AuditHistory history, int site, String beijingTime, boolean qualified) {
        history.save(siteAudit("http://" + host(site) + "/", beijingTime, qualified));
    }

    private static SiteAudit siteAudit(String home, String beijingTime, boolean qualified) {
        Instant finished = LocalDateTime.parse(beijingTime).atZone(PageTime.ZONE).toInstant();
        return new SiteAudit(URI.create(home), finished.minusSeconds(600), finished, 10, List.of(),
                new Verdict(List.of(), List.of(), qualified ? 90 : 40, 60));
    }

    private static Date date(String beijingTime) {
        return Date.from(LocalDateTime.parse(beijingTime).atZone(PageTime.ZONE).toInstant());
    }

    private static List<String> cells(Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            return SupervisionWorkbookTest.rows(book.getSheetAt(0));
        }
    }

    @Test
    void theWorkspacesAuditsAndSitesAndTheEnteredCountsMakeTheReport() throws IOException {
        workspace();
        new SupervisionCountsStore(temp.resolve("counts")).save(2026, new SupervisionEntries("浙江省人民政府办公厅",
                Map.of(SupervisionItem.SITES_MERGED, 2L, SupervisionItem.ERRORS_RECEIVED, 120L,
                        SupervisionItem.ERRORS_FORWARDED, 118L, SupervisionItem.ERRORS_ANSWERED, 115L,
                        SupervisionItem.STAFF_TRAINED, 450L)));
        Path xlsx = temp.resolve("out/supervision-2026.xlsx");

        int code = run("supervision", "--year", "2026", "--workspace", temp.resolve("ws").toString(), "--counts",
                temp.resolve("counts").toString(), "--output", xlsx.toString());

        assertEquals(ReportCommand.OK, code, err());
        assertEquals(xlsx.toString(), out.toString(StandardCharsets.UTF_8).strip());
        assertEquals("2026：WARNING SUPERVISION-COVERAGE 第2季度：在运行的10个网站中抽查2个，低于30%", err().strip());
        assertEquals(List.of(
                "政府网站监管年度报表（2026年度）|||",
                "填报单位：|浙江省人民政府办公厅||",
                "时间|抽查情况||",
                "|抽查网站数（个）|不合格网站数（个）|抽查比例不低于30%",
                "第一季度|#3|#1|是",
                "第二季度|#2|#0|否",
                "第三季度|#3|#0|是",
                "第四季度|#4|#1|是",
                "全年|#10|#2|",
                "|||",
                "指标|单位|数值|",
                "新开设网站数|个|#1|", "整合网站数|个|#2|", "关停网站数|个|#1|",
                "“我为政府网站找错”收到网民留言数|条|#120|", "1个工作日内转办数|条|#118|", "3个工作日内答复数|条|#115|",
                "问责人次|人次|#0|", "安全检查次数|次|#0|", "发现假冒政府网站数|个|#0|", "处置假冒政府网站数|个|#0|",
                "培训人员|人次|#450|"), cells(xlsx));
    }

    @Test
    void inconsistentCountsAreErrorsAndTheWorkbookIsStillWritten() throws IOException {
        workspace();
        new SupervisionCountsStore(temp.resolve("counts")).save(2026, new SupervisionEntries("办公厅",
                Map.of(SupervisionItem.ERRORS_RECEIVED, 10L, SupervisionItem.ERRORS_ANSWERED, 11L)));
        Path xlsx = temp.resolve("s.xlsx");

        assertEquals(ReportCommand.ERRORS, run("supervision", "--year", "2026", "--workspace",
                temp.resolve("ws").toString(), "--counts", temp.resolve("counts").toString(), "--output",
                xlsx.toString(), "--lang", "en"), err());

        assertTrue(err().contains("2026: ERROR REPORT-PART-EXCEEDS-TOTAL Answered within 3 working days (11) exceeds "
                + "User error reports received (10)"), err());
        assertTrue(cells(xlsx).contains("Answered within 3 working days|entries|#11|"), cells(xlsx).toString());
    }

    @Test
    void aFolderThatIsNoWorkspaceIsBadUsageAndCreatesNothing() {
        Path notAWorkspace = temp.resolve("nothing");

        assertEquals(ReportCommand.USAGE, run("supervision", "--year", "2026", "--workspace", notAWorkspace.toString(),
                "--output", temp.resolve("s.xlsx").toString(), "--lang", "en"));

        assertTrue(err().startsWith("No database " + notAWorkspace.resolve("store").resolve("govsite.mv.db")), err());
        assertFalse(Files.exists(notAWorkspace));
        assertFalse(Files.exists(temp.resolve("s.xlsx")));
        assertEquals(ReportCommand.USAGE, run("supervision", "--year", "2026"));
        assertTrue(err().contains("缺少必填选项--workspace"), err());
        assertEquals(ReportCommand.OK, run("supervision", "--help", "--lang", "en"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Usage: govsite report supervision"), help);
        assertTrue(help.contains("the workbench's workspace: DIR/store holds govsite.mv.db and audits.mv.db"), help);
    }
}
