package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.PlatformClient;
import org.govsite.demo.DemoProvince;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.Topic;
import org.govsite.server.Role;
import org.govsite.store.replica.Replica;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionsPart;
import org.govsite.ui.tests.pages.ConnectionsPage;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

/**
 * 上传本地平台 against a real server: the small demo province modelled locally fills an empty platform (every
 * organisation, site, column, topic and channel, with their ids), a second upload is refused because the platform is no longer
 * empty, and the connection's own platform cannot be uploaded to itself.
 */
class UploadPlatformUiTest extends ConnectedUiTest {

    private static final String PASSWORD = "editor-password-2026";

    @Test
    void aLocalPlatformFillsAnEmptyPlatformOnceAndOnlyOnce() {
        Connection editor = addConnection("新市平台", "editor1", PASSWORD, null, Role.CONTENT_EDITOR);
        logIn(editor, PASSWORD);
        Platform local = workbench.show(DemoProvince.generate(DemoProvince.Size.SMALL, 7));
        long columns = count(local, Column.class);
        long topics = count(local, Topic.class);
        long channels = count(local, Channel.class);
        workbench.part(ConnectionsPart.class);
        ConnectionsPage page = new ConnectionsPage(workbench.shell);
        page.select("新市平台");

        MessageDialogWatcher closing = new MessageDialogWatcher(workbench.display);
        page.press("upload");
        closing.stop();
        assertTrue(closing.shown().get(0).contains(local.getName()), closing.shown()::toString);
        Replica replica = connections.replica(editor.id());
        assertTrue(replica.outbox().isEmpty(), "closing the question uploads nothing");

        ReportEditorTest.answerWhenShown(workbench.display, Messages.Button_ok);
        page.press("upload");
        long objects = local.getOrganisations().size() + local.getSites().size() + columns + topics + channels;
        String done = NLS.bind(Messages.Upload_done, new Object[] { "新市平台", objects, objects, 0 });
        Widgets.waitUntil(workbench.display, 120_000, () -> done.equals(page.saveStatus()), "the upload's report");
        PlatformClient client = connections.client(editor.id());
        assertEquals(local.getOrganisations().size(), client.get("/api/v1/organisations").path("organisations").size());
        assertEquals(local.getSites().size(), client.get("/api/v1/sites").path("sites").size());
        Site site = local.getSites().get(0);
        assertEquals(site.getName(), client.get("/api/v1/sites/" + site.getId()).path("name").asText(), "ids are kept");
        long serverColumns = 0;
        long serverChannels = 0;
        for (Site each : local.getSites()) {
            serverColumns += client.get("/api/v1/sites/" + each.getId() + "/columns").path("columns").size();
            serverChannels += client.get("/api/v1/sites/" + each.getId() + "/channels").path("channels").size();
        }
        assertEquals(columns, serverColumns);
        assertEquals(channels, serverChannels);

        ReportEditorTest.answerWhenShown(workbench.display, Messages.Button_ok);
        page.press("upload");
        MessageDialogWatcher refusal = new MessageDialogWatcher(workbench.display);
        Widgets.waitUntil(workbench.display, 30_000, () -> !refusal.shown().isEmpty(), "the refusal");
        refusal.stop();
        assertTrue(refusal.shown().get(0).contains(NLS.bind(Messages.Upload_notEmpty, "新市平台")), refusal.shown()::toString);
        assertEquals(local.getSites().size(), client.get("/api/v1/sites").path("sites").size(), "nothing sent twice");

        page.press("open");
        Widgets.waitUntil(workbench.display, 30_000, () -> "新市平台".equals(workbench.session().platform().getName()),
                "the platform opened");
        MessageDialogWatcher own = new MessageDialogWatcher(workbench.display);
        page.press("upload");
        own.stop();
        assertTrue(own.shown().get(0).contains(Messages.Upload_ownPlatform), own.shown()::toString);
    }

    private static long count(Platform platform, Class<?> type) {
        Iterable<EObject> all = platform::eAllContents;
        return StreamSupport.stream(all.spliterator(), false).filter(type::isInstance).count();
    }
}
