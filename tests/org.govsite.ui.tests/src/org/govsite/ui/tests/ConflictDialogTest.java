package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.server.Role;
import org.govsite.store.replica.Record;
import org.govsite.store.replica.Replica;
import org.govsite.sync.ClientSyncRemote;
import org.govsite.sync.SyncEngine;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionsPart;
import org.govsite.ui.sync.ConflictDialog;
import org.govsite.ui.tests.pages.ConnectionsPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A local edit made on a version another editor has since changed: Synchronize opens the conflict dialog with both
 * versions field by field, and the fields merged there reach the server; nothing is overwritten unasked.
 */
class ConflictDialogTest extends ConnectedUiTest {

    private static final String PASSWORD = "editor-password-2026";

    @Test
    void aStaleEditOpensTheConflictDialogAndTheMergedFieldsReachTheServer() {
        Connection editor = addConnection("市平台", "editor1", PASSWORD, null, Role.CONTENT_EDITOR);
        logIn(editor, PASSWORD);
        PlatformClient client = connections.client(editor.id());
        client.post("/api/v1/organisations", Map.of("id", "org-a", "name", "甲市人民政府", "kind", "GOVERNMENT", "shortName", "甲市"));
        Replica replica = connections.replica(editor.id());
        new SyncEngine(replica, new ClientSyncRemote(client)).pull(new NullProgressMonitor());
        Record pulled = replica.find("organisation", "org-a").orElseThrow();
        ObjectNode mine = pulled.data().deepCopy();
        mine.put("name", "甲市政府（我的）");
        mine.put("shortName", "甲（我的）");
        replica.queueUpsert("organisation", "org-a", pulled.version(), mine);
        changeOnTheServerAsAnotherEditor(pulled.version());

        Map<String, String> shown = new HashMap<>();
        workbench.display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                Shell dialog = Arrays.stream(workbench.display.getShells())
                        .filter(s -> !s.isDisposed() && s.getData() instanceof ConflictDialog).findFirst().orElse(null);
                if (dialog == null) {
                    workbench.display.timerExec(100, this);
                    return;
                }
                for (String id : new String[] { "conflict.mine.name", "conflict.theirs.name", "conflict.mine.shortName",
                        "conflict.theirs.shortName" }) {
                    shown.put(id, Widgets.find(dialog, id, Text.class).getText());
                }
                Button theirs = Widgets.find(dialog, "conflict.pick.name.theirs", Button.class);
                Widgets.find(dialog, "conflict.pick.name.mine", Button.class).setSelection(false);
                theirs.setSelection(true);
                theirs.notifyListeners(SWT.Selection, new Event());
                Widgets.press(dialog, "conflict.merge");
            }
        });
        workbench.part(ConnectionsPart.class);
        ConnectionsPage page = new ConnectionsPage(workbench.shell);
        page.select("市平台");
        page.press("sync");
        Widgets.waitUntil(workbench.display, 30_000, () -> !shown.isEmpty() && replica.outbox().isEmpty(),
                "the conflict decided and pushed");

        assertEquals("甲市政府（我的）", shown.get("conflict.mine.name"));
        assertEquals("甲市政府（他们的）", shown.get("conflict.theirs.name"));
        assertEquals("甲（我的）", shown.get("conflict.mine.shortName"));
        assertEquals("甲市", shown.get("conflict.theirs.shortName"));
        JsonNode onServer = client.get("/api/v1/organisations/org-a");
        assertEquals("甲市政府（他们的）", onServer.path("name").asText(), "the server's name was picked");
        assertEquals("甲（我的）", onServer.path("shortName").asText(), "my short name was kept");
        assertEquals(pulled.version() + 2, onServer.path("version").asLong(), "their change, then the merge");
    }

    private void changeOnTheServerAsAnotherEditor(long version) {
        Sm2KeyPair key = Sm2KeyPair.generate();
        server.register("editor2", key.publicKey(), PASSWORD, Role.CONTENT_EDITOR);
        try (PlatformClient other = PlatformClient.open(new ConnectionSettings("other", server.uri(), "editor2", server.fingerprint()))) {
            other.fetchServerIdentity();
            other.login(PASSWORD.toCharArray(), key.privateKey());
            other.put("/api/v1/organisations/org-a",
                    Map.of("id", "org-a", "name", "甲市政府（他们的）", "kind", "GOVERNMENT", "shortName", "甲市"), version);
        }
    }
}
