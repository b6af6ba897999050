package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.govsite.client.PlatformClient;
import org.govsite.migration.batch.BatchStatus;
import org.govsite.migration.batch.BatchStore;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.migration.extract.ExtractionFailure;
import org.govsite.model.Column;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.server.Role;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.migration.MigrationsPart;
import org.govsite.ui.migration.NewMigrationHandler;
import org.govsite.ui.tests.pages.MigrationWizardPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migration wizard and the Migrations view against a legacy site on 127.0.0.1 and a real platform server on
 * 127.0.0.1, logged in as a content editor: every page walked with its checks, the preview of the automatic
 * detection and of a template rule typed, the mapping CSV out and a bad one refused, the dry run's counts, the
 * import (one article failing for a missing column), the batch in the view, its failures imported again once the
 * column exists (nothing imported twice), and a cancelled wizard that keeps what was typed.
 */
class MigrationWizardTest extends MigrationUiTest {
    @BeforeEach
    void legacySite() throws Exception {
        legacy = new LoopbackSite()
                .page("/", "某市人民政府", "<a href=\"/xxgk/art_1_101.html\">要点</a> <a href=\"/xxgk/art_1_102.html\">会议</a>"
                        + " <a href=\"/news/t20190305_1.html\">新闻</a> <a href=\"/tpl/page.html\">模板</a>")
                .page("/xxgk/art_1_101.html", "要点_某市人民政府", "<h1>关于印发2019年政务公开工作要点的通知</h1>"
                        + "<div class=\"info\">发布时间：2019-03-05 10:20 来源：市政府办公室</div>"
                        + "<div class=\"article-content\"><p>现将要点印发给你们。</p></div>")
                .page("/xxgk/art_1_102.html", "会议", "<h1>市发改委召开专题会议</h1><div class=\"info\">发布日期：2019年3月6日</div>"
                        + "<div id=\"zoom\"><p>会议部署了重点工作。</p></div>")
                .page("/news/t20190305_1.html", "市长调研春耕生产", "<div class=\"article\"><p>市长到农村调研。</p></div>")
                .page("/tpl/page.html", "模板页", "<div class=\"wz\"><span class=\"bt\">模板标题</span>"
                        + "<span class=\"rq\">2019年4月2日 08:15</span><div class=\"zw\"><p>模板正文。</p></div></div>");
    }

    @Test
    void walksTheWizardImportsAndReimportsTheFailuresFromTheView() throws Exception {
        Connection connection = addConnection("省平台", "li.na", PASSWORD, null, Role.CONTENT_EDITOR);
        logIn(connection, PASSWORD);
        PlatformClient client = connections.client(connection.id());
        client.post("/api/v1/organisations", Map.of("id", "sz", "name", "某市人民政府", "kind", "GOVERNMENT"));
        client.post("/api/v1/sites", Map.of("id", "sz-portal", "name", "某市人民政府门户网站", "kind", "PORTAL", "level",
                "CITY", "host", "sz", "mainDomain", "www.new.gov.cn", "aliases", List.of(), "idCode", "3301000001",
                "status", "RUNNING"));
        serverColumn(client, "xxgk", 0);
        serverColumn(client, "news", 1);
        client.post("/api/v1/sites/sz-portal/topics", Map.of("id", "yshj", "name", "优化营商环境", "pathSegment", "yshj"));
        workbench.show(targetPlatform());

        workbench.execute(new NewMigrationHandler());
        MigrationWizardPage page = MigrationWizardPage.find(workbench.display);
        page.type("migration.name", "");
        assertEquals("请填写批次名称", page.errorMessage());
        page.type("migration.name", "市政府门户网站迁移");
        page.type("migration.site", "www.old.gov.cn");
        assertEquals("“www.old.gov.cn”不是网址（须以 http:// 或 https:// 开头并含主机名）", page.errorMessage());
        assertFalse(page.isEnabled("wizard.next"));
        page.type("migration.site", legacy.home.toString());
        page.type("migration.knownUrls", folder.resolve("urls.txt").toString());
        assertTrue(page.errorMessage().contains(".csv 或 .xlsx"), page.errorMessage());
        page.type("migration.knownUrls", "");
        assertEquals(null, page.errorMessage());
        page.press("wizard.next");

        page.type("migration.exclude", "(unclosed");
        assertTrue(page.errorMessage().startsWith("正则表达式“(unclosed”无效"), page.errorMessage());
        page.type("migration.exclude", "\\?print=");
        assertEquals(null, page.errorMessage());
        Path noCa = folder.resolve("省级CA.pem");
        page.type("migration.caCertificates", noCa.toString());
        assertEquals("证书文件 " + noCa + " 不存在", page.errorMessage());
        assertFalse(page.isEnabled("wizard.next"));
        page.type("migration.caCertificates", "");
        assertEquals(null, page.errorMessage());
        page.press("wizard.next");

        assertEquals("rules", page.pageName());
        page.press("migration.samples.fetch");
        Widgets.waitUntil(workbench.display, 20_000, () -> page.list("migration.samples").size() == 4, "4 samples");
        page.select("migration.samples", "/xxgk/art_1_101.html");
        assertEquals("自动识别", page.text("migration.preview.rule"));
        assertEquals("关于印发2019年政务公开工作要点的通知", page.text("migration.preview.title"));
        assertEquals("2019-03-05 10:20 (PAGE_TEXT)", page.text("migration.preview.published"));
        assertEquals("市政府办公室", page.text("migration.preview.source"));
        assertEquals("现将要点印发给你们。", page.text("migration.preview.body"));
        page.select("migration.samples", "/tpl/page.html");
        assertEquals("未提取到文章：" + ExtractionFailure.NO_BODY.reason(), page.text("migration.preview.rule"),
                "no known layout: the page needs a rule");
        page.press("migration.addRule");
        page.type("migration.rule.name", "tpl");
        page.type("migration.rule.pattern", "/tpl/**");
        page.type("migration.rule.title", ".wz .bt");
        page.type("migration.rule.published", ".wz .rq");
        page.type("migration.rule.body", ".wz ..zw");
        assertTrue(page.errorMessage().startsWith("CSS 选择器“.wz ..zw”无效"), page.errorMessage());
        assertFalse(page.isEnabled("wizard.next"));
        page.type("migration.rule.body", ".wz .zw");
        assertEquals(null, page.errorMessage());
        assertEquals("tpl", page.text("migration.preview.rule"));
        assertEquals("模板标题", page.text("migration.preview.title"));
        assertEquals("2019-04-02 08:15 (TEMPLATE)", page.text("migration.preview.published"));
        assertEquals("模板正文。", page.text("migration.preview.body"));
        page.press("wizard.next");

        assertEquals("mapping", page.pageName());
        page.choose("migration.targetSite", 0);
        assertEquals(NEW_SITE, page.text("migration.newSite"));
        assertEquals(List.of("信息公开（xxgk）", "新闻（news）", "模板（tpl）"), List.of(page.items("migration.map.column")));
        mapping(page, "/xxgk/**", 0, NEW_SITE + "xxgk/{name}.html");
        page.type("migration.map.topics", "优化营商环境；yshj");
        mapping(page, "/news/**", 1, NEW_SITE + "news/{name}.html");
        page.type("migration.map.topics", "");
        mapping(page, "/tpl/**", 2, NEW_SITE + "tpl/{name}.html");
        page.choose("migration.map.syntax", 1);
        page.type("migration.map.pattern", "(");
        page.press("migration.map.add");
        assertTrue(page.errorMessage().startsWith("正则表达式无效"), page.errorMessage());
        page.choose("migration.map.syntax", 0);
        assertEquals(3, page.rows("migration.mapping").size(), "the bad rule was not added");
        Path exported = folder.resolve("mapping.csv");
        chosen.add(exported);
        page.press("migration.map.export");
        assertEquals(List.of("pattern,syntax,outcome,column,target,topics", "\"/xxgk/**\",glob,REDIRECT,xxgk,\"" + NEW_SITE
                + "xxgk/{name}.html\","), Files.readAllLines(exported, StandardCharsets.UTF_8).subList(0, 2));
        assertTrue(Files.readAllLines(exported, StandardCharsets.UTF_8).get(2).endsWith(",优化营商环境;yshj"),
                "the topics typed for the news rule");
        Path bad = Files.writeString(folder.resolve("bad.csv"), "pattern,syntax,outcome,column,target\n"
                + "/a/**,glob,REDIRECT,a,http://x/\n/b/**,glob,MOVE,,\n");
        chosen.add(bad);
        page.press("migration.map.import");
        assertTrue(page.errorMessage().contains("第 3 行"), page.errorMessage());
        assertEquals(3, page.rows("migration.mapping").size(), "nothing taken from a bad file");
        page.press("wizard.next");

        assertEquals("dryRun", page.pageName());
        assertFalse(page.isEnabled("wizard.next"), "the import comes after a dry run");
        page.press("migration.dryRun");
        Widgets.waitUntil(workbench.display, 30_000, () -> page.label("migration.dryRun.summary").contains("待导入文章 4"),
                "the dry run's counts: " + page.label("migration.dryRun.summary"));
        assertEquals(List.of(List.of("news", "1"), List.of("tpl", "1"), List.of("xxgk", "2")),
                page.rows("migration.dryRun.columns"));
        assertTrue(page.list("migration.dryRun.problems").contains("待定：" + legacy.home), page.list(
                "migration.dryRun.problems").toString());
        assertTrue(page.list("migration.dryRun.samples").contains("xxgk：关于印发2019年政务公开工作要点的通知（2019-03-05）"),
                page.list("migration.dryRun.samples").toString());
        assertEquals(BatchStatus.DRY_RUN_DONE, only().status);
        page.press("wizard.next");

        assertEquals("run", page.pageName());
        assertEquals("请选择导入所用的平台连接", page.errorMessage());
        page.choose("migration.connection", 0);
        assertEquals("默认信息来源须为 1 至 200 个字符（文章页须显示信息来源）", page.errorMessage());
        assertFalse(page.isEnabled("migration.import"));
        page.type("migration.defaultSource", "某市人民政府办公室");
        Widgets.waitUntil(workbench.display, 30_000, () -> page.message() != null && page.message().contains("tpl"),
                "a warning naming the column the platform lacks: " + page.message());
        assertTrue(page.message().startsWith("平台上缺少映射中的栏目或专题，其文章将导入失败"), page.message());
        assertTrue(page.isEnabled("migration.import"), "a warning, not an error");
        page.type("migration.undatedTime", "2019-13-01 08:00");
        assertEquals("无日期文章的发布时间“2019-13-01 08:00”不是 YYYY-MM-DD HH:MM 格式的时间（例如 2019-01-01 08:00）",
                page.errorMessage());
        assertFalse(page.isEnabled("migration.import"));
        page.type("migration.undatedTime", "");
        assertEquals(null, page.errorMessage(), "optional");
        page.press("migration.import");
        Widgets.waitUntil(workbench.display, 30_000, () -> page.label("migration.import.summary").startsWith("已导入"),
                "the import");
        assertEquals("已导入 3，失败 1", page.label("migration.import.summary"));
        assertTrue(page.list("migration.import.failures").get(0).contains("/tpl/page.html"));
        assertEquals(2, client.articles("xxgk", "", 100).articles().size());
        assertEquals("[\"yshj\"]", client.articles("news", "", 100).articles().get(0).path("topics").toString(),
                "the news rule's topic, typed by name and by id");
        page.press("migration.after.publishRedirects");
        Widgets.waitUntil(workbench.display, 30_000, () -> page.label("migration.after.publishRedirects.status")
                .startsWith("已发布重定向"), "step 6 on the wizard's last page");
        assertEquals("已发布重定向：301 共 3 条，410 共 0 条（已归档快照 0 页），未就绪 2 条",
                page.label("migration.after.publishRedirects.status"), "the home page unresolved, the template page failed");
        assertEquals(3, client.get("/api/v1/redirects/127.0.0.1?limit=100").path("entries").size());
        page.press("wizard.finish");
        assertFalse(page.isOpen());

        workbench.part(MigrationsPart.class);
        Table table = Widgets.find(workbench.shell, "migrations.table", Table.class);
        assertEquals(1, table.getItemCount());
        assertEquals(List.of("市政府门户网站迁移", "已导入", "3", "1"), List.of(table.getItem(0).getText(0),
                table.getItem(0).getText(1), table.getItem(0).getText(4), table.getItem(0).getText(5)));
        serverColumn(client, "tpl", 2);
        table.select(0);
        Widgets.press(workbench.shell, "migrations.reimport");
        Button reimport = Widgets.find(workbench.shell, "migrations.reimport", Button.class);
        Widgets.waitUntil(workbench.display, 30_000, () -> table.getItemCount() == 1
                && "4".equals(table.getItem(0).getText(4)) && !"导入中".equals(table.getItem(0).getText(1))
                && reimport.isEnabled(), "the failures imported again");
        assertEquals("0", table.getItem(0).getText(5));
        assertEquals(4, client.status().articles(), "nothing imported twice");
        assertEquals(1, client.articles("tpl", "", 100).articles().size());
        Path report = folder.resolve("export/migration-report.csv");
        Files.createDirectories(report.getParent());
        chosen.add(report);
        Widgets.press(workbench.shell, "migrations.export");
        String csv = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFurl,key,listedOnly,status"), csv);
        assertTrue(csv.contains("/tpl/page.html") && csv.contains("ALREADY_IMPORTED"), csv);
    }

    @Test
    void aCancelledWizardKeepsWhatWasTypedAndTheViewReopensIt() {
        workbench.execute(new NewMigrationHandler());
        MigrationWizardPage page = MigrationWizardPage.find(workbench.display);
        page.type("migration.name", "区教育局网站");
        page.check("migration.mirror", true);
        page.type("migration.mirrorFolder", folder.resolve("no-such-mirror").toString());
        assertTrue(page.errorMessage().contains("no-such-mirror"), page.errorMessage());
        page.press("wizard.cancel");
        assertFalse(page.isOpen());
        MigrationBatch kept = only();
        assertEquals("区教育局网站", kept.name);
        assertEquals(MigrationBatch.SourceKind.MIRROR, kept.sourceKind);
        assertEquals(BatchStatus.DRAFT, kept.status);

        workbench.part(MigrationsPart.class);
        Table table = Widgets.find(workbench.shell, "migrations.table", Table.class);
        assertEquals("草稿", table.getItem(0).getText(1));
        table.select(0);
        Widgets.press(workbench.shell, "migrations.open");
        MigrationWizardPage reopened = MigrationWizardPage.find(workbench.display);
        assertEquals("区教育局网站", reopened.text("migration.name"));
        assertTrue(reopened.errorMessage().contains("no-such-mirror"), "the problem is shown again");
        reopened.press("wizard.cancel");
    }

    @Test
    void aCancelledDryRunStopsAndKeepsTheBatch() {
        legacy.delay(2_000);
        workbench.execute(new NewMigrationHandler());
        MigrationWizardPage page = MigrationWizardPage.find(workbench.display);
        page.type("migration.name", "慢网站");
        page.type("migration.site", legacy.home.toString());
        page.press("wizard.next");
        page.press("wizard.next");
        page.press("wizard.next");
        page.type("migration.newSite", "new.gov.cn");
        assertTrue(page.errorMessage().startsWith("新网站地址："), page.errorMessage());
        page.type("migration.newSite", NEW_SITE);
        page.press("wizard.next");
        page.press("migration.dryRun");
        assertTrue(page.isEnabled("migration.dryRun.cancel"));
        assertFalse(page.isEnabled("migration.dryRun"), "one run at a time");
        page.press("migration.dryRun.cancel");
        Widgets.waitUntil(workbench.display, 20_000, () -> page.label("migration.dryRun.status").equals(
                "已取消，已录入的内容均保留。"), "the cancel");
        assertTrue(page.isEnabled("migration.dryRun"));
        assertFalse(page.isEnabled("wizard.next"), "no dry run finished");
        MigrationBatch kept = only();
        assertEquals("慢网站", kept.name);
        assertEquals(NEW_SITE, kept.newSite);
        assertEquals(BatchStatus.DRAFT, kept.status);
        page.press("wizard.cancel");
    }

    private MigrationBatch only() {
        List<BatchStore.Entry> entries = store.list();
        assertEquals(1, entries.size());
        return entries.get(0).batch();
    }

    private static void mapping(MigrationWizardPage page, String pattern, int column, String target) {
        page.type("migration.map.pattern", pattern);
        page.choose("migration.map.outcome", 0);
        page.choose("migration.map.column", column);
        page.type("migration.map.target", target);
        page.press("migration.map.add");
        assertEquals(null, page.errorMessage());
    }

    private static void serverColumn(PlatformClient client, String id, int position) {
        client.post("/api/v1/sites/sz-portal/columns", Map.of("id", id, "name", id, "pathSegment", id, "category",
                "OTHER", "updatePeriodDays", 30, "position", position));
    }

    /** The workbench's model of the new site: the target columns the mapping offers. */
    private static Platform targetPlatform() {
        GovSiteFactory factory = GovSiteFactory.eINSTANCE;
        Platform platform = factory.createPlatform();
        platform.setName("某市");
        Site site = factory.createSite();
        site.setId("sz-portal");
        site.setName("某市人民政府门户网站");
        site.setMainDomain("www.new.gov.cn");
        platform.getSites().add(site);
        for (String[] column : new String[][] { { "xxgk", "信息公开" }, { "news", "新闻" }, { "tpl", "模板" } }) {
            Column each = factory.createColumn();
            each.setId(column[0]);
            each.setName(column[1]);
            each.setPathSegment(column[0]);
            site.getColumns().add(each);
        }
        return platform;
    }
}
