package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.PlatformClient;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.protocol.ErrorCode;
import org.govsite.server.Role;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.publish.PublishSitesHandler;
import org.govsite.ui.session.WorkbenchSession;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 平台 > 发布站点 against a real server: a reviewer publishes the sites selected in the explorer (pages and pages
 * rendered anew per site; a site the platform lacks and one without domain named with their reason), a second
 * publish renders only what changed, and an editor's publish is refused with the role's message.
 */
class PublishSitesUiTest extends ConnectedUiTest {

    private static final String PASSWORD = "publish-password-2026";

    private Connection editor;
    private PlatformClient editorClient;
    private Site portal;
    private Site missing;
    private Site homeless;

    @BeforeEach
    void fillPlatform() {
        editor = addConnection("市平台（编辑）", "editor1", PASSWORD, null, Role.CONTENT_EDITOR);
        logIn(editor, PASSWORD);
        editorClient = connections.client(editor.id());
        editorClient.post("/api/v1/organisations", Map.of("id", "hz", "name", "杭州市人民政府", "kind", "GOVERNMENT"));
        editorClient.post("/api/v1/sites", Map.of("id", "hz-portal", "name", "杭州市人民政府门户网站", "kind", "PORTAL", "level",
                "CITY", "host", "hz", "mainDomain", "www.hangzhou.gov.cn", "aliases", List.of(), "idCode", "3301000001",
                "status", "RUNNING"));
        editorClient.post("/api/v1/sites/hz-portal/columns", Map.of("id", "news", "name", "政务动态", "pathSegment", "zwdt",
                "category", "NEWS", "updatePeriodDays", 14, "position", 0));
        editorClient.post("/api/v1/articles", article("关于开展政府网站检查的通知"));
        Platform platform = WorkbenchSession.emptyPlatform();
        portal = site("hz-portal", "杭州市人民政府门户网站", "www.hangzhou.gov.cn");
        missing = site("xh-portal", "西湖区人民政府门户网站", "www.hzxh.gov.cn");
        homeless = site("sj-portal", "某局网站", null);
        platform.getSites().addAll(List.of(portal, missing, homeless));
        workbench.show(platform);
    }

    @Test
    void aReviewerPublishesTheSelectedSitesAndLearnsWhatWasRenderedAnew() throws IOException {
        Connection reviewer = addConnection("市平台（审核）", "reviewer1", PASSWORD, null, Role.CONTENT_REVIEWER);
        logIn(reviewer, PASSWORD);
        assertEquals(List.of(NLS.bind(Messages.Publish_done, new Object[] { portal.getName(), 3, 3 }),
                NLS.bind(Messages.Publish_failed, missing.getName(), Messages.Publish_notOnPlatform),
                NLS.bind(Messages.Publish_failed, homeless.getName(), Messages.Publish_noDomain)),
                publish(List.of(portal, missing, homeless)));
        Path site = folder.resolve("server").resolve("published").resolve("hz-portal");
        try (Stream<Path> generations = Files.list(site)) {
            Path generation = generations.findFirst().orElseThrow();
            assertTrue(Files.readString(generation.resolve("zwdt").resolve("index.html")).contains("关于开展政府网站检查的通知"));
        }

        editorClient.put("/api/v1/articles/a1", article("关于开展政府网站检查的通知（更正）"), 1);
        assertEquals(List.of(NLS.bind(Messages.Publish_done, new Object[] { portal.getName(), 3, 3 })), publish(List.of(portal)),
                "the article's page, its column's list and the home page that show its title");
        assertEquals(List.of(NLS.bind(Messages.Publish_done, new Object[] { portal.getName(), 3, 0 })), publish(List.of(portal)));
    }

    @Test
    void anEditorsPublishIsRefusedWithTheRolesMessage() {
        String refusal = new org.govsite.client.ClientException(ErrorCode.AUTH_ROLE, 403, "").getLocalizedMessage();
        List<String> shown = run(List.of(portal));
        assertEquals(1, shown.size(), shown::toString);
        assertTrue(shown.get(0).contains(refusal), shown::toString);
    }

    @Test
    void publishingNeedsASelectedSite() {
        PublishSitesHandler handler = new PublishSitesHandler();
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, workbench.session().platform());
        assertEquals(false, ContextInjectionFactory.invoke(handler, CanExecute.class, workbench.context));
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, portal);
        assertEquals(true, ContextInjectionFactory.invoke(handler, CanExecute.class, workbench.context));
    }

    /** @return the lines of the report of publishing {@code sites}, confirmed */
    private List<String> publish(List<Site> sites) {
        List<String> shown = run(sites);
        assertEquals(1, shown.size(), shown::toString);
        List<String> lines = List.of(shown.get(0).split("\n"));
        assertEquals(Messages.Publish_title, lines.get(0));
        return lines.subList(1, lines.size());
    }

    /** Runs the handler on {@code sites}, confirms, and returns the dialogs shown until its job ended. */
    private List<String> run(List<Site> sites) {
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, sites);
        ReportEditorTest.answerWhenShown(workbench.display, Messages.Button_ok);
        workbench.execute(new PublishSitesHandler());
        MessageDialogWatcher watcher = new MessageDialogWatcher(workbench.display);
        Widgets.waitUntil(workbench.display, 60_000, () -> !watcher.shown().isEmpty() && Job.getJobManager().isIdle(),
                "the publish's report");
        watcher.stop();
        return watcher.shown();
    }

    private static Map<String, Object> article(String title) {
        return Map.of("id", "a1", "title", title, "publishedAt", "2026-05-18 09:30", "source", "杭州市人民政府办公厅",
                "body", "<p>正文</p>", "columns", List.of("news"));
    }

    private static Site site(String id, String name, String domain) {
        Site site = GovSiteFactory.eINSTANCE.createSite();
        site.setId(id);
        site.setName(name);
        site.setMainDomain(domain);
        return site;
    }
}
