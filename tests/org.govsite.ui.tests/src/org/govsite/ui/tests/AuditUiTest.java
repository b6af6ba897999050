package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.swt.widgets.Composite;
import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.AuditSettings;
import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.content.ContentRule;
import org.govsite.audit.freshness.ColumnCategory;
import org.govsite.audit.freshness.FreshnessSettings;
import org.govsite.audit.verdict.VerdictSettings;
import org.govsite.audit.verdict.Verdicts;
import org.govsite.audit.history.AuditHistory;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.testing.LegacySite;
import org.govsite.testing.Tls;
import org.govsite.ui.audit.AuditCenter;
import org.govsite.ui.audit.AuditPreferences;
import org.govsite.ui.audit.AuditPreferencesFile;
import org.govsite.ui.audit.AuditSettingsHandler;
import org.govsite.ui.audit.Bar;
import org.govsite.ui.audit.DashboardPart;
import org.govsite.ui.audit.ExportReportHandler;
import org.govsite.ui.audit.FindingsPart;
import org.govsite.ui.audit.PageOpener;
import org.govsite.ui.audit.ReportFileChooser;
import org.govsite.ui.audit.RunAuditHandler;
import org.govsite.ui.session.WorkbenchSession;
import org.govsite.ui.tests.pages.AuditSettingsDialogPage;
import org.govsite.ui.tests.pages.DashboardPage;
import org.govsite.ui.tests.pages.DecisionDialogPage;
import org.govsite.ui.tests.pages.FindingsPage;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.RunDiffDialogPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Audit perspective's views on a site served on 127.0.0.1 with a broken link and pages without tags: run the
 * audit from the explorer's selection, see and filter the findings, open a page, mark a false alarm, run again, compare
 * runs after the site is repaired, and the dashboard's charts.
 */
class AuditUiTest extends UiTest {

    private static final String REASON = "该链接指向内网系统，外网无法访问属正常";

    private LoopbackSite web;
    private AuditCenter center;
    private final List<URI> opened = new ArrayList<>();
    private Site site;
    private Site homeless;

    @BeforeEach
    void plantSite() throws Exception {
        web = new LoopbackSite()
                .page("/", "首页", "<a href=\"/notags.html\">通知公告</a> <a href=\"/gone.html\">办事指南</a>")
                .page("/notags.html", "通知公告", "<p>没有网页标签的页面</p>");
        center = new AuditCenter(AuditHistory.open(workbench.storeFolder), new AuditPreferencesFile(settingsFile()));
        workbench.context.set(AuditCenter.class, center);
        workbench.context.set(PageOpener.class, opened::add);
        workbench.context.set(ReportFileChooser.class, shell -> Optional.empty());
        Platform platform = WorkbenchSession.emptyPlatform();
        site = GovSiteFactory.eINSTANCE.createSite();
        site.setName("测试县人民政府");
        site.setMainDomain(web.home.getAuthority());
        homeless = GovSiteFactory.eINSTANCE.createSite();
        homeless.setName("未配置域名的站点");
        platform.getSites().add(site);
        platform.getSites().add(homeless);
        workbench.show(platform);
    }

    @AfterEach
    void stopSite() throws Exception {
        web.close();
        center.close();
    }

    @Test
    void runFilterDecideRerunAndCompare() {
        FindingsPage findings = new FindingsPage(area(workbench.part(FindingsPart.class)));
        DashboardPage dashboard = new DashboardPage(area(workbench.part(DashboardPart.class)));

        MessageDialogWatcher watcher = new MessageDialogWatcher(workbench.display);
        runAudit(List.of(site, homeless), 1);
        watcher.stop();
        assertEquals(1, watcher.shown().size(), watcher.shown().toString());
        assertTrue(watcher.shown().get(0).contains("以下站点没有主域名，无法审计：未配置域名的站点"), watcher.shown().get(0));

        List<FindingsPage.Row> rows = findings.waitForRows(r -> r.stream().anyMatch(row -> row.rule().equals("LINK-BROKEN")),
                "the broken link's finding");
        assertTrue(rows.stream().anyMatch(r -> r.rule().equals("PAGE-TAGS-SITE") && r.page().endsWith("/notags.html")),
                rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.site().equals("测试县人民政府")), rows.toString());
        assertTrue(findings.filterItems("rule").containsAll(List.of("（全部）", "LINK-BROKEN", "PAGE-TAGS-SITE")));

        findings.filter("rule", "LINK-BROKEN");
        List<FindingsPage.Row> broken = findings.rows();
        assertEquals(1, broken.size(), broken.toString());
        FindingsPage.Row link = broken.get(0);
        assertEquals("错误", link.severity());
        assertEquals(web.home.toString(), link.page());
        assertEquals(web.home.resolve("/gone.html").toString(), link.target());
        assertEquals("", link.decision());
        assertEquals("最近一次审计的 " + rows.size() + " 个发现中显示 1 个", findings.summary());

        findings.open(link);
        assertEquals(List.of(web.home), opened);

        findings.select(link);
        workbench.display.asyncExec(() -> DecisionDialogPage.find(workbench.display).cancel());
        findings.press("falseAlarm");
        assertEquals("", findings.rows().get(0).decision(), "a cancelled decision records nothing");
        workbench.display.asyncExec(() -> {
            DecisionDialogPage dialog = DecisionDialogPage.find(workbench.display);
            assertEquals("误报…", dialog.title());
            assertFalse(dialog.canConfirm(), "a decision needs a reason");
            dialog.reason(REASON);
            dialog.ok();
        });
        findings.press("falseAlarm");
        String decision = "误报：" + REASON + "（" + System.getProperty("user.name") + "）";
        findings.waitForRows(r -> r.size() == 1 && r.get(0).decision().equals(decision), "the decision shown");

        runAudit(List.of(site), 2);
        FindingsPart fresh = workbench.part(FindingsPart.class);
        FindingsPage second = new FindingsPage(area(fresh));
        second.waitForRows(r -> r.stream().anyMatch(row -> row.rule().equals("LINK-BROKEN")), "the second run's findings");
        assertEquals(decision, second.rows().stream().filter(r -> r.rule().equals("LINK-BROKEN")).findFirst()
                .orElseThrow().decision(), "the decision is kept for the same finding of a later run");
        workbench.closePart(fresh);

        assertTrue(dashboard.bars("byRule").contains(new Bar("LINK-BROKEN", 1)), dashboard.bars("byRule").toString());
        assertEquals(List.of(new Bar("测试县人民政府", rows.size())), dashboard.bars("bySite"));
        assertEquals(1, dashboard.paintedBars("bySite").size());
        assertFalse(dashboard.paintedBars("byRule").isEmpty());
        assertTrue(dashboard.paintedBars("byRule").stream().allMatch(r -> r.width > 0 && r.height > 0));
        List<DashboardPage.Verdict> verdicts = dashboard.verdicts();
        assertEquals(1, verdicts.size());
        assertEquals("测试县人民政府", verdicts.get(0).site());
        assertTrue(List.of("合格", "不合格").contains(verdicts.get(0).verdict()), verdicts.toString());

        web.page("/gone.html", "办事指南", "<p>已恢复</p>");
        runAudit(List.of(site), 3);
        findings.waitForRows(r -> r.stream().noneMatch(row -> row.rule().equals("LINK-BROKEN")), "the repaired link gone");
        List<RunDiffDialogPage.Row> diffRows = new ArrayList<>();
        String[] summary = new String[1];
        workbench.display.asyncExec(() -> {
            RunDiffDialogPage diff = RunDiffDialogPage.find(workbench.display);
            summary[0] = diff.summary();
            diffRows.addAll(diff.rows());
            diff.close();
        });
        findings.press("diff");
        assertTrue(diffRows.contains(new RunDiffDialogPage.Row("已修复", "LINK-BROKEN", web.home.toString(),
                web.home.resolve("/gone.html").toString(), link.evidence())), diffRows.toString());
        assertTrue(diffRows.stream().anyMatch(r -> r.status().equals("仍存在") && r.rule().equals("PAGE-TAGS-SITE")),
                diffRows.toString());
        assertTrue(summary[0].startsWith("新增 ") && summary[0].contains("已修复 1 个"), summary[0]);

        Widgets.waitUntil(workbench.display, 10_000, () -> dashboard.trend().points().size() == 3, "three runs in the trend");
        assertEquals(List.of("#1", "#2", "#3"), dashboard.trend().points());
        List<Integer> errors = dashboard.trend().series().get("错误");
        assertEquals(errors.get(0), errors.get(1), "the same site audited twice: " + errors);
        assertTrue(errors.get(0) > 0, errors.toString());
        assertEquals(3, dashboard.trendLinesPainted());
    }

    @Test
    void exportWritesTheFilteredSitesLatestRunAsAWorkbookAndAFailureLeavesNoFile() throws Exception {
        Path report = workbench.storeFolder.resolveSibling("审计报告.xlsx");
        Path directory = Files.createDirectories(workbench.storeFolder.resolveSibling("目录.xlsx"));
        Files.writeString(directory.resolve("keep.txt"), "x");
        List<Path> answers = new ArrayList<>(List.of(report, directory));
        workbench.context.set(ReportFileChooser.class, shell -> Optional.of(answers.remove(0)));
        runAudit(List.of(site), 1);
        URI other = URI.create("http://127.0.0.1:9/");
        List<Finding> otherFindings = List.of(Finding.page(ContentRule.TAGS_SITE, other, "SiteName"));
        Instant now = Instant.now();
        center.history().save(new SiteAudit(other, now, now, 1, otherFindings, Verdicts.judge(other, otherFindings,
                new Freshness(true, List.of(), List.of()), VerdictSettings.defaults())));

        FindingsPage findings = new FindingsPage(area(workbench.part(FindingsPart.class)));
        List<FindingsPage.Row> rows = findings.waitForRows(r -> r.stream().anyMatch(row -> row.page().equals(other.toString()))
                && r.stream().anyMatch(row -> row.rule().equals("LINK-BROKEN")), "both sites' findings");
        findings.filter("site", "测试县人民政府");
        long ours = rows.stream().filter(r -> r.site().equals("测试县人民政府")).count();
        MessageDialogWatcher watcher = new MessageDialogWatcher(workbench.display);
        findings.press("export");
        Widgets.waitUntil(workbench.display, 60_000, () -> Files.exists(report) && Job.getJobManager().isIdle(),
                "the report written");

        try (Workbook book = new XSSFWorkbook(Files.newInputStream(report))) {
            assertEquals(List.of("汇总", "问题清单", "检查指标"), List.of(book.getSheetName(0), book.getSheetName(1),
                    book.getSheetName(2)));
            assertEquals(1, book.getSheet("汇总").getLastRowNum(), "one site: the filtered one");
            Sheet sheet = book.getSheet("问题清单");
            assertEquals(ours, sheet.getLastRowNum());
            List<String> rules = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertEquals(web.home.toString(), sheet.getRow(r).getCell(0).getStringCellValue());
                rules.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertTrue(rules.containsAll(List.of("LINK-BROKEN", "PAGE-TAGS-SITE")), rules.toString());
            Sheet verdict = book.getSheet("检查指标");
            Row deduction = verdict.getRow(1);
            assertEquals("DEDUCT-BROKEN-LINK", deduction.getCell(1).getStringCellValue());
            assertTrue(deduction.getCell(3).getStringCellValue().contains("/gone.html"),
                    "the verdict's evidence read back from the history: " + deduction.getCell(3).getStringCellValue());
        }

        workbench.execute(new ExportReportHandler());
        Widgets.waitUntil(workbench.display, 30_000, () -> !watcher.shown().isEmpty(), "the error");
        watcher.stop();
        assertEquals(1, watcher.shown().size(), watcher.shown().toString());
        assertTrue(watcher.shown().get(0).contains("无法写入审计报告 " + directory), watcher.shown().get(0));
        assertTrue(Files.isDirectory(directory));
        try (Stream<Path> left = Files.list(directory.getParent())) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".tmp")).toList(), "no partial file left");
        }
    }

    @Test
    void theMenusExportWithoutTheFindingsViewWritesEverySiteInTheFormatOfTheExtension() throws Exception {
        Path report = workbench.storeFolder.resolveSibling("report.json");
        workbench.context.set(ReportFileChooser.class, shell -> Optional.of(report));
        runAudit(List.of(site), 1);
        URI other = URI.create("http://127.0.0.1:9/");
        List<Finding> otherFindings = List.of(Finding.page(ContentRule.TAGS_SITE, other, "SiteName"));
        Instant now = Instant.now();
        center.history().save(new SiteAudit(other, now, now, 1, otherFindings, Verdicts.judge(other, otherFindings,
                new Freshness(true, List.of(), List.of()), VerdictSettings.defaults())));

        workbench.execute(new ExportReportHandler());
        Widgets.waitUntil(workbench.display, 60_000, () -> Files.exists(report) && Job.getJobManager().isIdle(),
                "the report written");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        List<String> homes = new ArrayList<>();
        json.get("sites").forEach(node -> homes.add(node.get("home").asText()));
        assertEquals(2, homes.size(), homes.toString());
        assertEquals(Set.of(web.home.toString(), other.toString()), Set.copyOf(homes), "every site's latest run");
        List<String> rules = new ArrayList<>();
        json.get("findings").forEach(node -> rules.add(node.get("rule").asText()));
        assertTrue(rules.containsAll(List.of("LINK-BROKEN", "PAGE-TAGS-SITE")), rules.toString());
    }

    @Test
    void aSensitiveWordSetInTheSettingsIsFoundByTheNextAuditAndBadLinesAreNamed() throws Exception {
        web.page("/", "首页", "<p>本站首页出现了违禁词丙。</p>");
        String[] seen = new String[9];
        workbench.display.asyncExec(() -> {
            AuditSettingsDialogPage dialog = AuditSettingsDialogPage.find(workbench.display);
            seen[0] = dialog.title();
            assertTrue(dialog.checked("robots"), "robots.txt obeyed by default");
            seen[3] = dialog.value("homeMaxAge");
            seen[4] = dialog.value("categories");
            seen[5] = dialog.value("softBlocked");
            seen[6] = dialog.value("leavePrompts");
            seen[7] = dialog.value("passMark") + " " + dialog.value("homeLinkPoints") + " " + dialog.value("linkPoints") + " "
                    + dialog.value("policyStalePoints");
            seen[8] = dialog.value("staleColumnsVeto") + " " + dialog.value("notUpdatedColumnsVeto") + " " + dialog.value("emptyColumnsVeto");
            dialog.type("passMark", "101");
            dialog.type("homeLinkPoints", "-1");
            dialog.type("emptyColumnsVeto", "0");
            dialog.type("words", "违禁词丙\n\n违禁词丁\n");
            dialog.type("typos", "政务公凯\t政务公开\n只有一列\n");
            dialog.type("maxPages", "0");
            dialog.type("governmentHosts", "example.org\n");
            dialog.type("loadBudget", "2.5");
            dialog.type("homeMaxAge", "0");
            dialog.type("categories", "news:7:动态,要闻\n\n人事任免 90\nrsrm：90：人事任免\n");
            dialog.type("softBlocked", "403, 4O3");
            dialog.type("leavePrompts", "/jump\\.jsp\\?to=\n(\n");
            dialog.check("sitemaps", true);
            dialog.ok();
            seen[1] = dialog.error();
            seen[2] = dialog.value("words");
            dialog.type("typos", "政务公凯\t政务公开\n");
            dialog.type("maxPages", "50");
            dialog.type("homeMaxAge", "7");
            dialog.type("categories", "news:7:动态,要闻\n\nrsrm：90：人事任免\n");
            dialog.type("softBlocked", "403，451");
            dialog.type("leavePrompts", "/jump\\.jsp\\?to=\n");
            dialog.type("passMark", "70");
            dialog.type("homeLinkPoints", "2");
            dialog.type("emptyColumnsVeto", "3");
            dialog.ok();
        });
        workbench.execute(new AuditSettingsHandler());
        assertEquals("审计设置", seen[0]);
        assertEquals("错别字词典第 2 行不是 错误<TAB>正确：只有一列\n最多页面数须为不小于 1 的整数，不能是 0\n"
                + "首页更新期限须为不小于 1 的整数天，不能是 0\n栏目类别第 3 行不是 类别:天数:关键词[,关键词...]：人事任免 90\n"
                + "拦截爬虫的状态码须为以逗号分隔的 400 至 999 的 HTTP 状态码，不能是 403, 4O3\n离开本站提示页第 2 行不是正则表达式：(\n"
                + "合格分数线须为 0 至 100 的数，不能是 101\n扣分须为 0 至 100 的数，不能是 -1\n单项否决的栏目数须为不小于 1 的整数，不能是 0", seen[1]);
        assertEquals("60 1 0.1 5", seen[7], "the indicators' points shown");
        assertEquals("5 10 5", seen[8]);
        assertEquals("违禁词丙\n\n违禁词丁\n", seen[2], "nothing typed is lost");
        assertEquals("14", seen[3], "the engine's limits shown");
        assertEquals("news:14:动态,要闻,新闻\nnotices:180:通知,公告\npolicy:180:政策文件,文件", seen[4]);
        assertEquals("403,412,999", seen[5]);
        assertEquals("/(leave|exit|outlink|wailian)[^/?]*\\?.*url=", seen[6]);

        List<ColumnCategory> categories = List.of(new ColumnCategory("news", 7, List.of("动态", "要闻")),
                new ColumnCategory("rsrm", 90, List.of("人事任免")));
        AuditPreferences saved = new AuditPreferences(List.of("违禁词丙", "违禁词丁"), Map.of("政务公凯", "政务公开"), true, true,
                50, List.of("example.org"), 2.5, 7, categories, Set.of(403, 451), List.of("/jump\\.jsp\\?to="), List.of(),
                VerdictSettings.defaults().withPoints(70, 2, 0.1, 5).withVetoes(5, 10, 3), "");
        assertEquals(saved, center.preferences());
        assertEquals(saved, new AuditPreferencesFile(settingsFile()).read(), "kept in the workspace");
        AuditSettings settings = center.settings(web.home);
        assertEquals(List.of("违禁词丙", "违禁词丁"), settings.content().sensitiveWords());
        assertEquals(50, settings.crawl().maxPages());
        assertEquals(new FreshnessSettings(7, categories), settings.freshness());
        assertEquals(Set.of(403, 451), settings.crawl().softBlockedStatuses());
        assertEquals(70, settings.verdict().passMark());
        assertEquals(3, settings.verdict().emptyColumnsVeto());
        assertEquals(List.of("/jump\\.jsp\\?to="), settings.crawl().leavePromptUrls().stream().map(Pattern::pattern).toList());

        runAudit(List.of(site), 1);
        FindingsPage findings = new FindingsPage(area(workbench.part(FindingsPart.class)));
        List<FindingsPage.Row> rows = findings.waitForRows(r -> r.stream().anyMatch(row -> row.rule().equals("PAGE-SENSITIVE-WORD")),
                "the sensitive word's finding");
        FindingsPage.Row word = rows.stream().filter(row -> row.rule().equals("PAGE-SENSITIVE-WORD")).findFirst().orElseThrow();
        assertEquals(web.home.toString(), word.page());
        assertTrue(word.evidence().startsWith("违禁词丙"), word.toString());
    }

    @Test
    void caCertificateFilesInTheSettingsLetTheNextAuditReadAnHttpsSiteOfAPrivateAuthority() throws Exception {
        Path folder = workbench.storeFolder.resolveSibling("tls");
        Files.createDirectories(folder);
        Path keyStore = Tls.keyStore(folder);
        try (LegacySite secure = new LegacySite().html("/", "<html><body><a href=\"/a.html\">通知公告</a></body></html>")
                .html("/a.html", "<html><body><p>通知</p></body></html>").start(keyStore)) {
            URI home = secure.url("/");
            site.setMainDomain(home.toString());
            MessageDialogWatcher watcher = new MessageDialogWatcher(workbench.display);
            workbench.context.set(IServiceConstants.ACTIVE_SELECTION, site);
            workbench.execute(new RunAuditHandler());
            Widgets.waitUntil(workbench.display, 30_000, () -> !watcher.shown().isEmpty(), "the message");
            assertTrue(watcher.shown().get(0).contains("以下站点的首页无法读取，未能检查：测试县人民政府"), watcher.shown().toString());

            Path missing = folder.resolve("missing.pem");
            Path notes = Files.writeString(folder.resolve("notes.txt"), "这不是证书");
            Path authority = Tls.certificate(keyStore, folder.resolve("ca.pem"), true);
            String[] seen = new String[1];
            workbench.display.asyncExec(() -> {
                AuditSettingsDialogPage dialog = AuditSettingsDialogPage.find(workbench.display);
                dialog.type("caCertificates", missing + "\n\n" + notes + "\n");
                dialog.ok();
                seen[0] = dialog.error();
                dialog.type("caCertificates", authority + "\n");
                dialog.ok();
            });
            workbench.execute(new AuditSettingsHandler());
            assertEquals("证书文件 " + missing + " 不存在\n证书文件 " + notes + " 中没有 X.509 证书（PEM 或 DER）", seen[0]);
            assertEquals(List.of(authority.toString()), new AuditPreferencesFile(settingsFile()).read().caCertificates(),
                    "kept in the workspace");

            workbench.execute(new RunAuditHandler());
            Widgets.waitUntil(workbench.display, 60_000, () -> center.history().runs(home).size() == 2
                    && Job.getJobManager().isIdle(), "the second run saved");
            watcher.stop();
            assertEquals(1, watcher.shown().size(), "no new message: " + watcher.shown());
            assertEquals(2, center.history().runs(home).stream().mapToInt(run -> run.pages()).max().orElseThrow(),
                    "both pages read over https");

            Files.delete(authority);
            MessageDialogWatcher gone = new MessageDialogWatcher(workbench.display);
            workbench.execute(new RunAuditHandler());
            Widgets.waitUntil(workbench.display, 30_000, () -> !gone.shown().isEmpty(), "the message");
            gone.stop();
            assertTrue(gone.shown().get(0).contains("证书文件 " + authority + " 不存在"), gone.shown().toString());
            assertEquals(2, center.history().runs(home).size(), "no run without the settings");
        }
    }

    @Test
    void aThroughServerInTheSettingsLetsTheNextAuditReadASiteWhoseDomainPointsElsewhere() throws Exception {
        web.page("/", "首页", "<a href=\"/a.html\">通知公告</a>");
        web.page("/a.html", "通知公告", "<p>通知</p>");
        URI home = URI.create("http://www.through-test.invalid/"); // .invalid never resolves (RFC 6761)
        site.setMainDomain(home.getHost());
        MessageDialogWatcher watcher = new MessageDialogWatcher(workbench.display);
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, site);
        workbench.execute(new RunAuditHandler());
        Widgets.waitUntil(workbench.display, 30_000, () -> !watcher.shown().isEmpty(), "the message");
        assertTrue(watcher.shown().get(0).contains("以下站点的首页无法读取，未能检查：测试县人民政府"), watcher.shown().toString());

        String[] seen = new String[2];
        workbench.display.asyncExec(() -> {
            AuditSettingsDialogPage dialog = AuditSettingsDialogPage.find(workbench.display);
            seen[0] = dialog.value("through");
            dialog.type("through", "ftp://127.0.0.1/");
            dialog.ok();
            seen[1] = dialog.error();
            dialog.type("through", web.home.toString());
            dialog.ok();
        });
        workbench.execute(new AuditSettingsHandler());
        assertEquals("", seen[0], "none by default");
        assertEquals("经由服务器须为含主机的 http(s) 地址：ftp://127.0.0.1/", seen[1]);
        assertEquals(web.home.toString(), new AuditPreferencesFile(settingsFile()).read().through(), "kept in the workspace");

        workbench.execute(new RunAuditHandler());
        Widgets.waitUntil(workbench.display, 60_000, () -> center.history().runs(home).size() == 2
                && Job.getJobManager().isIdle(), "the second run saved");
        watcher.stop();
        assertEquals(1, watcher.shown().size(), "no new message: " + watcher.shown());
        assertEquals(List.of(0, 2), center.history().runs(home).stream().map(run -> run.pages()).sorted().toList(),
                "the home page unread, then both pages read through the server");
    }

    @Test
    void theSitesAServerIsSaidToHostAreAuditedThroughItUnlessTheSettingsNameAServer() throws Exception {
        web.page("/", "首页", "<a href=\"/a.html\">通知公告</a>");
        web.page("/a.html", "通知公告", "<p>通知</p>");
        URI home = URI.create("http://www.hosted-test.invalid/"); // .invalid never resolves (RFC 6761)
        URI other = URI.create("http://www.other-test.invalid/");
        site.setMainDomain(home.getHost());
        center.auditHostedSitesThrough(web.home, Set.of(home.getHost()));
        assertEquals(web.home, center.settings(home).crawl().through());
        assertEquals(web.home, center.settings(URI.create("https://WWW.Hosted-Test.invalid/a.html")).crawl().through(),
                "host names in any case");
        assertNull(center.settings(other).crawl().through(), "a site it does not host");

        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, site);
        workbench.execute(new RunAuditHandler());
        Widgets.waitUntil(workbench.display, 60_000, () -> center.history().runs(home).size() == 1
                && Job.getJobManager().isIdle(), "the run saved");
        assertEquals(2, center.history().runs(home).get(0).pages(), "both pages read through the server");

        URI own = URI.create("http://127.0.0.1:9/");
        center.update(center.preferences().withThrough(own.toString()));
        assertEquals(own, center.settings(home).crawl().through(), "the settings' own server wins");
        center.update(center.preferences().withThrough(""));
        center.stopAuditingThrough(URI.create("http://127.0.0.1:1/"));
        assertEquals(web.home, center.settings(home).crawl().through(), "only the server's own stop ends it");
        center.stopAuditingThrough(web.home);
        assertNull(center.settings(home).crawl().through());
    }

    @Test
    void aSiteWhoseHomePageCannotBeReadIsNamedAndNotCalledQualified() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        site.setMainDomain("127.0.0.1:" + closedPort);
        DashboardPage dashboard = new DashboardPage(area(workbench.part(DashboardPart.class)));
        MessageDialogWatcher watcher = new MessageDialogWatcher(workbench.display);
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, site);
        workbench.execute(new RunAuditHandler());
        Widgets.waitUntil(workbench.display, 30_000, () -> !watcher.shown().isEmpty(), "the message");
        watcher.stop();
        assertTrue(watcher.shown().get(0).contains("以下站点的首页无法读取，未能检查：测试县人民政府"), watcher.shown().toString());
        Widgets.waitUntil(workbench.display, 10_000, () -> dashboard.verdicts().size() == 1, "the verdict row");
        assertEquals("首页无法读取", dashboard.verdicts().get(0).verdict());
        assertEquals("0", dashboard.verdicts().get(0).pages());
    }

    @Test
    void cancellingABatchKeepsTheSitesAuditedBeforeAndSavesNoPartialRun() throws Exception {
        try (LoopbackSite slowWeb = new LoopbackSite().delay(200)) {
            StringBuilder links = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                links.append("<a href=\"/p").append(i).append(".html\">").append(i).append("</a> ");
            }
            slowWeb.page("/", "首页", links.toString());
            Site slow = GovSiteFactory.eINSTANCE.createSite();
            slow.setName("很慢的站点");
            slow.setMainDomain(slowWeb.home.toString());
            workbench.session().platform().getSites().add(slow);
            MessageDialogWatcher watcher = new MessageDialogWatcher(workbench.display);

            workbench.context.set(IServiceConstants.ACTIVE_SELECTION, List.of(site, slow));
            workbench.execute(new RunAuditHandler());
            Widgets.waitUntil(workbench.display, 60_000, () -> center.history().runs(web.home).size() == 1,
                    "the first site's run saved");
            Job[] jobs = Job.getJobManager().find(null);
            Job audit = List.of(jobs).stream().filter(j -> j.getName().equals("正在审计 2 个站点")).findFirst().orElseThrow();
            audit.cancel();
            Widgets.waitUntil(workbench.display, 30_000, () -> audit.getState() == Job.NONE, "the cancelled job to end");
            Widgets.drain(workbench.display);
            watcher.stop();

            assertEquals(IStatus.CANCEL, audit.getResult().getSeverity());
            assertEquals(List.of(), center.history().runs(slowWeb.home));
            assertEquals(List.of(web.home), center.history().sites());
            assertEquals(List.of(), watcher.shown(), "a cancel is no failure");
        }
    }

    @Test
    void aHundredThousandFindingsAreShownLazilyAndFilteredAtOnce() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(Finding.page(ContentRule.TAGS_SITE, web.home.resolve("/p/" + i + ".html"), "SiteName"));
        }
        Instant now = Instant.now();
        SiteAudit big = new SiteAudit(web.home, now, now, many.size(), many,
                Verdicts.judge(web.home, many, new Freshness(true, List.of(), List.of()), VerdictSettings.defaults()));
        center.history().save(big);

        FindingsPage findings = new FindingsPage(area(workbench.part(FindingsPart.class)));
        Widgets.waitUntil(workbench.display, 120_000, () -> findings.itemCount() == 100_000, "100,000 rows");
        assertEquals("最近一次审计的 100000 个发现中显示 100000 个", findings.summary());
        assertTrue(findings.itemsFilledIn() < 1_000, "only the visible rows are filled in: " + findings.itemsFilledIn());

        long start = System.nanoTime();
        findings.filter("severity", "错误");
        assertEquals(0, findings.itemCount());
        findings.filter("severity", "警告");
        assertEquals(100_000, findings.itemCount());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "filtering takes seconds at most");
    }

    @Test
    void runAuditNeedsASelectedSite() {
        RunAuditHandler handler = new RunAuditHandler();
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, null);
        assertEquals(false, ContextInjectionFactory.invoke(handler, CanExecute.class, workbench.context));
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, workbench.session().platform());
        assertEquals(false, ContextInjectionFactory.invoke(handler, CanExecute.class, workbench.context));
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, List.of(workbench.session().platform(), homeless));
        assertEquals(true, ContextInjectionFactory.invoke(handler, CanExecute.class, workbench.context));
    }

    /** Runs the Run Audit handler on these sites and waits until the history has {@code runs} runs of the site. */
    private void runAudit(List<Site> selection, int runs) {
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, selection.size() == 1 ? selection.get(0) : selection);
        workbench.execute(new RunAuditHandler());
        Widgets.waitUntil(workbench.display, 60_000, () -> center.history().runs(web.home).size() == runs
                && Job.getJobManager().isIdle(), "run " + runs + " saved and shown");
        Widgets.drain(workbench.display);
    }

    private Path settingsFile() {
        return workbench.storeFolder.resolveSibling(AuditPreferencesFile.FILE_NAME);
    }

    private Composite area(Object part) {
        MPart model = workbench.parts.stream().filter(p -> p.getObject() == part).findFirst().orElseThrow();
        return model.getContext().get(Composite.class);
    }
}
