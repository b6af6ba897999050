package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Composite;
import org.govsite.client.PlatformClient;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Site;
import org.govsite.report.ReportRow;
import org.govsite.report.publish.ReportPublisher;
import org.govsite.server.Role;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.report.OpenReportHandler;
import org.govsite.ui.report.ReportEditorPart;
import org.govsite.ui.report.ReportFiles;
import org.govsite.ui.report.ReportWorkspace;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.ReportEditorPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

/**
 * The annual report editor against a real platform server on 127.0.0.1, logged in as a content editor: the
 * statistics read from the platform, the site chosen in the explorer, its report published to its annual-report
 * column (then updated, never duplicated), and a site without such a column refused with the Chinese message.
 */
class ReportPublishTest extends ConnectedUiTest {
    private static final String PASSWORD = "editor-password-2026";

    @Test
    void publishesTheSitesReportToItsAnnualReportColumn() {
        Connection connection = addConnection("省平台", "zhang.wei", PASSWORD, null, Role.CONTENT_EDITOR);
        logIn(connection, PASSWORD);
        PlatformClient client = connections.client(connection.id());
        client.post("/api/v1/organisations", Map.of("id", "hz", "name", "杭州市人民政府", "kind", "GOVERNMENT"));
        site(client, "hz-portal", "杭州市人民政府门户网站", "www.hangzhou.gov.cn", "3301000001");
        column(client, "hz-portal", "gk", "概况", "OVERVIEW", 0);
        column(client, "hz-portal", "nb", "政府网站工作年度报表", "OPEN_GOVERNMENT", 1);
        site(client, "hz-fgw", "杭州市发展和改革委员会", "drc.hangzhou.gov.cn", "3301000002");
        TestReportFiles files = new TestReportFiles();
        workbench.context.set(ReportWorkspace.class, new ReportWorkspace(folder.resolve("workspace")));
        workbench.context.set(ReportFiles.class, files);
        Site selected = GovSiteFactory.eINSTANCE.createSite();
        selected.setMainDomain("www.hangzhou.gov.cn");
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, selected);

        workbench.execute(new OpenReportHandler());
        MPart part = workbench.parts.stream().filter(p -> ReportEditorPart.DESCRIPTOR_ID.equals(p.getElementId()))
                .findFirst().orElseThrow();
        ReportEditorPage page = new ReportEditorPage(part.getContext().get(Composite.class));
        Widgets.waitUntil(workbench.display, 10_000, () -> page.site().getItemCount() == 2, "the platform's statistics");

        assertEquals(List.of(), files.statisticsAsked, "no file asked while logged in");
        assertEquals("平台 省平台", page.source());
        assertEquals("杭州市人民政府门户网站（www.hangzhou.gov.cn）", page.site().getText());
        assertEquals("3301000001", page.text(ReportRow.ID_CODE));
        page.type(ReportRow.SPONSOR, "杭州市人民政府办公厅");

        publish(page);
        Widgets.waitUntil(workbench.display, 20_000, () -> page.status().startsWith("已发布：文章"), "published");
        publish(page);
        Widgets.waitUntil(workbench.display, 20_000, () -> page.status().startsWith("已重新发布：文章"), "updated");

        List<JsonNode> articles = client.articles("nb", "", 100).articles();
        assertEquals(1, articles.size());
        assertEquals(ReportPublisher.title(page.year()), articles.get(0).path("title").asText());
        assertEquals(1, articles.get(0).path("attachments").size());

        page.chooseSite(page.site().indexOf("杭州市发展和改革委员会（drc.hangzhou.gov.cn）"));
        publish(page);
        MessageDialogWatcher dialogs = new MessageDialogWatcher(workbench.display);
        Widgets.waitUntil(workbench.display, 20_000, () -> page.status().startsWith("发布失败"), "refused");
        dialogs.stop();
        assertEquals("发布失败：网站杭州市发展和改革委员会（hz-fgw）没有年度报表栏目（名称含“年度报表”的栏目），请先创建该栏目再发布", page.status());
        Widgets.waitUntil(workbench.display, 5_000, () -> !dialogs.shown().isEmpty(), "the error dialog");
        assertTrue(dialogs.shown().get(0).contains("没有年度报表栏目"));
    }

    /** Presses 发布 and confirms publishing despite the report's errors (required fields left empty). */
    private void publish(ReportEditorPage page) {
        ReportEditorTest.answerWhenShown(workbench.display, Messages.Button_ok);
        page.press("publish");
    }

    private static void site(PlatformClient client, String id, String name, String domain, String idCode) {
        client.post("/api/v1/sites", Map.of("id", id, "name", name, "kind", "PORTAL", "level", "CITY", "host", "hz",
                "mainDomain", domain, "aliases", List.of(), "idCode", idCode, "status", "RUNNING"));
    }

    private static void column(PlatformClient client, String site, String id, String name, String category,
            int position) {
        client.post("/api/v1/sites/" + site + "/columns", Map.of("id", id, "name", name, "pathSegment", id,
                "category", category, "updatePeriodDays", 30, "position", position));
    }
}
