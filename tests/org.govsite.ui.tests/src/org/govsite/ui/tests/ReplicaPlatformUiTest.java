package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.PlatformClient;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Replica;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.editor.SiteEditors;
import org.govsite.ui.handlers.SaveHandler;
import org.govsite.ui.tests.pages.ConnectionsPage;
import org.govsite.ui.tests.pages.SiteEditorPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

/**
 * A connection's replica opened as the edited platform: a site renamed in the site editor and saved is queued in the
 * outbox on the site's version, and Synchronize brings the new name to the real server.
 */
class ReplicaPlatformUiTest extends ConnectedUiTest {

    @Test
    void aSiteRenamedInTheOpenedPlatformReachesTheServerOnSynchronize() {
        Connection editor = editorWithPortal();
        PlatformClient client = connections.client(editor.id());
        Replica replica = connections.replica(editor.id());
        openPlatform(editor);
        ConnectionsPage page = new ConnectionsPage(workbench.shell);
        Platform opened = workbench.session().platform();
        assertEquals("市平台", opened.getName());
        Site site = opened.getSites().get(0);
        assertEquals("host", site.getHost().getId());

        new SiteEditors(workbench.context.get(EPartService.class)).open(site);
        new SiteEditorPage(workbench.shell).type("name", "甲市政府网");
        workbench.execute(new SaveHandler());
        String queued = NLS.bind(Messages.Save_queued, 1);
        Widgets.waitUntil(workbench.display, 30_000, () -> queued.equals(page.saveStatus()), "the save reported");
        OutboxEntry entry = replica.outbox().get(0);
        assertEquals(Map.of("site", 1L), Map.of(entry.entity(), entry.baseVersion()));
        assertEquals("甲市政府网", entry.data().path("name").asText());

        page.press("sync");
        Widgets.waitUntil(workbench.display, 30_000, () -> replica.outbox().isEmpty(), "the edit pushed");
        assertEquals("甲市政府网", client.get("/api/v1/sites/s1").path("name").asText());
        assertEquals(2, client.get("/api/v1/sites/s1").path("version").asLong());
    }
}
