package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.govsite.client.MigrationNotice;
import org.govsite.client.PlatformClient;
import org.govsite.migration.MigrationKeys;
import org.govsite.migration.batch.BatchStatus;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.mapping.UrlPattern;
import org.govsite.server.Role;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.migration.MigrationsPart;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.govsite.protocol.PageTime;

/**
 * Step 6 of an imported batch in the Migrations view, against a legacy site on 127.0.0.1 and a real platform server on
 * 127.0.0.1 logged in as a content editor: the batch imported from the view, its redirects published (the archived
 * page's snapshot first), the redirect table exported as CSV and nginx map, the migration notice published from the
 * dialog with the default wording (fewer than 30 days refused), every old URL verified through the platform; without
 * a logged-in connection nothing starts, and a cancelled verification leaves the batch unchanged.
 */
class MigrationAfterTest extends MigrationUiTest {
    @BeforeEach
    void legacySite() throws Exception {
        legacy = new LoopbackSite()
                .page("/", "某市水利局", "<a href=\"/xxgk/art_1_101.html\">要点</a> <a href=\"/xxgk/art_1_102.html\">会议</a>"
                        + " <a href=\"/old/notice.html\">旧通知</a>")
                .page("/xxgk/art_1_101.html", "要点", "<h1>关于印发2019年水利工作要点的通知</h1>"
                        + "<div class=\"info\">发布时间：2019-03-05 10:20 来源：市水利局办公室</div>"
                        + "<div class=\"article-content\"><p>现将要点印发给你们。</p></div>")
                .page("/xxgk/art_1_102.html", "会议", "<h1>市水利局召开防汛会议</h1><div class=\"info\">发布日期：2019年3月6日</div>"
                        + "<div id=\"zoom\"><p>会议部署了防汛工作。</p></div>")
                .page("/old/notice.html", "旧通知", "<h1>2015年旧通知</h1><div class=\"info\">发布日期：2015年1月6日</div>"
                        + "<div id=\"zoom\"><p>已过时的通知。</p></div>");
    }

    @Test
    void publishesExportsNoticesAndVerifiesAnImportedBatch() throws Exception {
        Connection connection = addConnection("省平台", "li.na", PASSWORD, null, Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        logIn(connection, PASSWORD);
        PlatformClient client = connections.client(connection.id());
        platformSites(client);
        MigrationBatch batch = batch(connection);
        workbench.part(MigrationsPart.class);
        Table table = Widgets.find(workbench.shell, "migrations.table", Table.class);
        table.select(0);
        Widgets.press(workbench.shell, "migrations.reimport");
        Button reimport = Widgets.find(workbench.shell, "migrations.reimport", Button.class);
        Widgets.waitUntil(workbench.display, 30_000, () -> "已导入".equals(table.getItem(0).getText(1)) && reimport.isEnabled(),
                "the import ended (its button back only once the batch is free for step 6)");
        assertEquals("2", table.getItem(0).getText(4), "two articles imported");
        client.post("/api/v1/sites/sz-portal/publish", Map.of()); // the new site published with its articles
        legacy.page("/old/notice.html", "旧通知", "<h1>2015年旧通知</h1><div class=\"info\">发布日期：2015年1月6日</div>"
                + "<div id=\"zoom\"><p>已过时的通知。</p><img src=\"/img/gone.gif\"></div>"); // an image gone from the old site

        table.select(0);
        Widgets.press(workbench.shell, "migrations.publishRedirects");
        assertFalse(Widgets.find(workbench.shell, "migrations.verify", Button.class).isEnabled(), "one run at a time");
        waitForStatus("migrations.publishRedirects.status", "已发布重定向");
        assertEquals("已发布重定向：301 共 3 条，410 共 1 条（已归档快照 1 页），未就绪 0 条；快照所用的 1 个文件未能存档（列于批次的 batch.json）",
                status("migrations.publishRedirects.status"));
        assertEquals("301：3，410：1，未就绪：0", cell(table, "重定向"));
        JsonNode entries = client.get("/api/v1/redirects/127.0.0.1?limit=100").path("entries");
        assertEquals(4, entries.size(), entries.toString());
        String article = articleAddress("/xxgk/art_1_101.html");
        assertTrue(entries.toString().contains(article), entries.toString());
        assertEquals(1, client.archiveSnapshots("127.0.0.1", "", 10).size(), "the archived page's snapshot");
        MigrationBatch published = store.load(batch.id);
        assertEquals(List.of(3, 1, 0, 1), List.of(published.after.moved, published.after.gone, published.after.notReady,
                published.after.snapshots));
        assertEquals(BatchStatus.IMPORTED, published.status);

        Path csv = folder.resolve("export/redirects.csv");
        Path map = folder.resolve("export/old.map");
        Files.createDirectories(csv.getParent());
        chosen.add(csv);
        chosen.add(map);
        table.select(0);
        Widgets.press(workbench.shell, "migrations.exportRedirects");
        waitForStatus("migrations.publishRedirects.status", "已导出重定向表");
        assertEquals("已导出重定向表：" + csv + " 和 " + map + "（旧主机 127.0.0.1）", status("migrations.publishRedirects.status"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("old_url,status,target,reason", lines.get(0));
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.contains(legacy.home.resolve("/xxgk/art_1_101.html") + ",301," + article + ","), lines.toString());
        assertTrue(lines.contains(legacy.home + ",301," + NEW_SITE + ","), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(legacy.home.resolve("/old/notice.html") + ",410,http://127.0.0.1:"
                + legacy.home.getPort() + "/govsite-archive/")), lines.toString());
        String nginx = Files.readString(map, StandardCharsets.UTF_8);
        assertTrue(nginx.contains("\"127.0.0.1/xxgk/art_1_101.html\" \"" + article + "\";"), nginx);
        assertTrue(nginx.contains("# GovSite redirect table of 127.0.0.1"), nginx);

        String[] proposed = new String[1];
        workbench.display.asyncExec(() -> {
            Shell dialog = Widgets.shellWith(workbench.display, "migration.through");
            proposed[0] = Widgets.find(dialog, "migration.through", Text.class).getText();
            Widgets.press(dialog, "migration.through.ok");
        });
        table.select(0);
        Widgets.press(workbench.shell, "migrations.verify");
        waitForStatus("migrations.publishRedirects.status", "验证完成");
        assertEquals(server.uri().toString(), proposed[0], "the connection's platform proposed");
        assertEquals("验证完成：通过 4，失败 0", status("migrations.publishRedirects.status"), String.join("\n",
                Widgets.find(workbench.shell, "migrations.verifyFailures", org.eclipse.swt.widgets.List.class).getItems())
                + readReport(batch));
        assertEquals("通过 4，失败 0", cell(table, "验证"));
        assertEquals(0, Widgets.find(workbench.shell, "migrations.verifyFailures", org.eclipse.swt.widgets.List.class)
                .getItemCount());
        String report = Files.readString(store.report(batch.id, false), StandardCharsets.UTF_8);
        assertTrue(report.contains("\"" + article + "\",,true,"), report);

        Map<String, String> seen = new java.util.LinkedHashMap<>();
        workbench.display.asyncExec(() -> {
            Shell dialog = Widgets.shellWith(workbench.display, "migration.notice.title");
            seen.put("title", Widgets.find(dialog, "migration.notice.title", Text.class).getText());
            seen.put("text", Widgets.find(dialog, "migration.notice.text", Text.class).getText());
            seen.put("first error", Widgets.find(dialog, "migration.notice.error", Label.class).getText());
            Combo superior = Widgets.find(dialog, "migration.notice.superior", Combo.class);
            seen.put("portals", String.join("|", superior.getItems()));
            seen.put("proposed", superior.getText());
            Widgets.type(Widgets.find(dialog, "migration.notice.days", Text.class), "29");
            seen.put("29 days", Widgets.find(dialog, "migration.notice.error", Label.class).getText());
            seen.put("29 days ok", String.valueOf(Widgets.find(dialog, "migration.notice.ok", Button.class).isEnabled()));
            Widgets.type(Widgets.find(dialog, "migration.notice.days", Text.class), "45");
            seen.put("45 days", Widgets.find(dialog, "migration.notice.error", Label.class).getText());
            Widgets.press(dialog, "migration.notice.ok");
        });
        table.select(0);
        Locale workbenchLanguage = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // the old site's visitors read Chinese whatever the workbench's language
        try {
            Widgets.press(workbench.shell, "migrations.publishNotice");
        } finally {
            Locale.setDefault(workbenchLanguage);
        }
        waitForStatus("migrations.publishRedirects.status", "已发布迁移公告");
        LocalDate today = LocalDate.now(PageTime.ZONE);
        assertEquals("网站迁移公告", seen.get("title"));
        assertEquals("本网站已于" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth()
                + "日整合迁移至某市人民政府门户网站（" + NEW_SITE + "），原有内容可在新网站查阅，原网址将自动跳转至新网站的对应页面。",
                seen.get("text"), "the batch's new-site address (http) names the site: the wording gives its scheme, as the 301 targets");
        assertEquals("", seen.get("first error"), "the superior portal is proposed");
        assertEquals("某省人民政府门户网站（www.prov.gov.cn）", seen.get("portals"));
        assertEquals("某省人民政府门户网站（www.prov.gov.cn）", seen.get("proposed"), "the province's, above the city's");
        assertEquals("公示天数须为不少于 30 的整数", seen.get("29 days"));
        assertEquals("false", seen.get("29 days ok"));
        assertEquals("", seen.get("45 days"));
        MigrationNotice notice = client.migrationNotice("127.0.0.1").orElseThrow();
        assertTrue(notice.active());
        assertEquals(List.of("网站迁移公告", "sz-portal", "prov", "https://www.new.gov.cn/"), List.of(notice.title(), notice.site(),
                notice.superiorSite(), notice.address()));
        assertEquals(notice.startTime().plusDays(45), notice.endTime());
        assertEquals("127.0.0.1：" + notice.start() + " 至 " + notice.end(), cell(table, "迁移公告"));
    }

    @Test
    void withoutALoggedInConnectionOrWhenCancelledNothingChanges() throws Exception {
        Connection connection = addConnection("省平台", "li.na", PASSWORD, null, Role.CONTENT_EDITOR);
        MigrationBatch batch = batch(connection);
        workbench.part(MigrationsPart.class);
        Table table = Widgets.find(workbench.shell, "migrations.table", Table.class);
        table.select(0);
        MessageDialogWatcher dialogs = new MessageDialogWatcher(workbench.display);
        Widgets.press(workbench.shell, "migrations.publishRedirects");
        dialogs.stop();
        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.shown().get(0).contains("该批次的平台连接未登录"), dialogs.shown().toString());

        table.select(0);
        workbench.display.asyncExec(() -> Widgets.press(Widgets.shellWith(workbench.display, "migration.through"),
                "migration.through.ok"));
        Widgets.press(workbench.shell, "migrations.verify"); // the verification needs no login, but an import
        waitForStatus("migrations.publishRedirects.status", "该批次尚未导入");

        Files.createFile(store.journal(batch.id)); // an import that recorded nothing yet
        legacy.delay(2_000);
        table.select(0);
        workbench.display.asyncExec(() -> Widgets.press(Widgets.shellWith(workbench.display, "migration.through"),
                "migration.through.ok"));
        Widgets.press(workbench.shell, "migrations.verify");
        assertTrue(Widgets.find(workbench.shell, "migrations.publishRedirects.cancel", Button.class).isEnabled());
        Widgets.press(workbench.shell, "migrations.publishRedirects.cancel");
        waitForStatus("migrations.publishRedirects.status", "已取消，批次未改变");
        assertTrue(Widgets.find(workbench.shell, "migrations.verify", Button.class).isEnabled(), "ready again");
        MigrationBatch kept = store.load(batch.id);
        assertEquals(BatchStatus.DRAFT, kept.status);
        assertEquals("", kept.after.verified);
        assertFalse(Files.exists(store.report(batch.id, true)));
    }

    private String readReport(MigrationBatch batch) {
        try {
            return Files.readString(store.report(batch.id, false));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private void waitForStatus(String id, String start) {
        Widgets.waitUntil(workbench.display, 60_000, () -> status(id).startsWith(start), start + ": " + status(id));
    }

    private String status(String id) {
        return Widgets.find(workbench.shell, id, Label.class).getText();
    }

    private static String cell(Table table, String column) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(column)) {
                return table.getItem(0).getText(i);
            }
        }
        throw new AssertionError("no column " + column);
    }

    /** @return the address the platform publishes an imported article at, in the batch's new site's scheme */
    private String articleAddress(String path) {
        String key = MigrationKeys.key(legacy.home.resolve(path));
        return NEW_SITE + "xxgk/201903/t20190305_" + key + ".html";
    }

    /** The new portal with its column, and the province's portal, both published. */
    private static void platformSites(PlatformClient client) {
        client.post("/api/v1/organisations", Map.of("id", "sheng", "name", "某省人民政府", "kind", "GOVERNMENT"));
        client.post("/api/v1/organisations", Map.of("id", "sz", "name", "某市人民政府", "kind", "GOVERNMENT", "superior",
                "sheng"));
        client.post("/api/v1/sites", Map.of("id", "sz-portal", "name", "某市人民政府门户网站", "kind", "PORTAL", "level",
                "CITY", "host", "sz", "mainDomain", "www.new.gov.cn", "aliases", List.of(), "idCode", "3301000001",
                "status", "RUNNING"));
        client.post("/api/v1/sites/sz-portal/columns", Map.of("id", "xxgk", "name", "信息公开", "pathSegment", "xxgk",
                "category", "OTHER", "updatePeriodDays", 30, "position", 0));
        client.post("/api/v1/sites", Map.of("id", "prov", "name", "某省人民政府门户网站", "kind", "PORTAL", "level",
                "PROVINCE", "host", "sheng", "mainDomain", "www.prov.gov.cn", "aliases", List.of(), "idCode", "3300000001",
                "status", "RUNNING"));
        client.post("/api/v1/sites/prov/publish", Map.of());
    }

    /** A batch of the legacy site as the wizard leaves it before its import. */
    private MigrationBatch batch(Connection connection) throws Exception {
        MigrationBatch batch = store.create("市水利局网站迁移");
        batch.site = legacy.home.toString();
        batch.newSite = NEW_SITE;
        batch.targetSite = "sz-portal";
        batch.connection = connection.id();
        batch.defaultSource = "某市水利局";
        batch.mapping = new Mapping(List.of(
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/"), Outcome.REDIRECT, "xxgk", NEW_SITE),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/xxgk/**"), Outcome.REDIRECT, "xxgk",
                        NEW_SITE + "xxgk/{name}.html"),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/old/**"), Outcome.ARCHIVE, "",
                        NEW_SITE + "archive/{name}.html")));
        store.save(batch);
        return batch;
    }
}
