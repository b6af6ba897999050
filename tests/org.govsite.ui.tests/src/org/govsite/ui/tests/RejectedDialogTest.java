package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.protocol.ErrorCode;
import org.govsite.server.Role;
import org.govsite.store.replica.Replica;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionsPart;
import org.govsite.ui.tests.pages.ConnectionsPage;
import org.govsite.ui.tests.pages.RejectedDialogPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A queued edit the server rejects (an invalid organisation kind): Synchronize opens the rejected-edit dialog with
 * the reason in Chinese; the edit corrected there reaches the server, or dropped leaves nothing queued.
 */
class RejectedDialogTest extends ConnectedUiTest {

    private static final String PASSWORD = "editor-password-2026";

    private PlatformClient client;
    private Replica replica;

    @BeforeEach
    void queueAnInvalidEdit() {
        Connection editor = addConnection("市平台", "editor1", PASSWORD, null, Role.CONTENT_EDITOR);
        logIn(editor, PASSWORD);
        client = connections.client(editor.id());
        replica = connections.replica(editor.id());
        replica.queueUpsert("organisation", "org-a", 0, JsonNodeFactory.instance.objectNode().put("id", "org-a")
                .put("name", "甲市人民政府").put("kind", "NOT-A-KIND"));
    }

    /** Presses Synchronize and waits until the dialog was handled and the outbox is empty. */
    private void synchronize(List<String> reasons) {
        workbench.part(ConnectionsPart.class);
        ConnectionsPage page = new ConnectionsPage(workbench.shell);
        page.select("市平台");
        page.press("sync");
        Widgets.waitUntil(workbench.display, 30_000, () -> !reasons.isEmpty() && replica.outbox().isEmpty(),
                "the rejected edit decided and the outbox empty");
        assertTrue(reasons.get(0).contains("服务器拒绝了这项修改"), reasons.get(0));
        assertTrue(reasons.get(0).contains(ErrorCode.REQ_INVALID_FIELD.message()), reasons.get(0));
    }

    @Test
    void theCorrectedEditReachesTheServer() {
        List<String> reasons = new ArrayList<>();
        List<String> shownKind = new ArrayList<>();
        RejectedDialogPage.whenOpen(workbench.display, dialog -> {
            reasons.add(dialog.reason());
            shownKind.add(dialog.field("kind"));
            dialog.type("kind", "GOVERNMENT");
            dialog.requeue();
        });
        synchronize(reasons);
        assertEquals(List.of("NOT-A-KIND"), shownKind);
        Widgets.waitUntil(workbench.display, 30_000, () -> replica.find("organisation", "org-a").isPresent(),
                "the corrected edit pushed");
        assertEquals("GOVERNMENT", client.get("/api/v1/organisations/org-a").path("kind").asText());
        assertEquals("甲市人民政府", client.get("/api/v1/organisations/org-a").path("name").asText());
    }

    @Test
    void aDroppedEditLeavesNothingQueued() {
        List<String> reasons = new ArrayList<>();
        RejectedDialogPage.whenOpen(workbench.display, dialog -> {
            reasons.add(dialog.reason());
            dialog.drop();
        });
        synchronize(reasons);
        assertEquals(404, assertThrows(ClientException.class, () -> client.get("/api/v1/organisations/org-a")).status());
    }
}
