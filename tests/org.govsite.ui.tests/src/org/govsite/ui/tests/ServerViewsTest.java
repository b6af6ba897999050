package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.govsite.client.ClientException;
import org.govsite.client.OperatorInfo;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.ErrorCode;
import org.govsite.server.Role;
import org.govsite.sync.ClientSyncRemote;
import org.govsite.sync.SyncEngine;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.operators.OperatorRoles;
import org.govsite.ui.operators.OperatorsPart;
import org.govsite.ui.status.ServerStatusPart;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

/** The Server Status view and the Operators and Roles editor against a real platform server. */
class ServerViewsTest extends ConnectedUiTest {

    private static final String EDITOR = "editor1";
    private static final String EDITOR_PASSWORD = "editor-password-2026";

    @Test
    void serverStatusShowsTheServerAndTheReplicasChangeFeedLag() {
        Connection editor = addConnection("市平台", EDITOR, EDITOR_PASSWORD, null, Role.CONTENT_EDITOR);
        logIn(editor, EDITOR_PASSWORD);
        PlatformClient client = connections.client(editor.id());
        client.post("/api/v1/organisations", Map.of("id", "org-a", "name", "甲市人民政府", "kind", "GOVERNMENT"));
        client.post("/api/v1/organisations", Map.of("id", "org-b", "name", "乙市人民政府", "kind", "GOVERNMENT"));
        long head = client.status().changeFeedHead();
        assertTrue(head >= 2, "both organisations are in the change feed");
        workbench.part(ServerStatusPart.class);

        refreshStatus();
        assertEquals("UP", value("health"));
        assertEquals("H2", value("database"));
        assertEquals(Long.toString(head), value("head"));
        assertEquals("0", value("cursor"), "nothing pulled yet");
        assertEquals(Long.toString(head), value("lag"));

        new SyncEngine(connections.replica(editor.id()), new ClientSyncRemote(client)).pull(new NullProgressMonitor());
        refreshStatus();
        assertEquals(Long.toString(head), value("cursor"));
        assertEquals("0", value("lag"), "lag = server head minus replica cursor");
    }

    @Test
    void administratorsRemoveUnusedAttachmentsOnceTheyConfirm() throws Exception {
        Connection editor = addConnection("市平台", EDITOR, EDITOR_PASSWORD, null, Role.CONTENT_EDITOR);
        logIn(editor, EDITOR_PASSWORD);
        byte[] unused = "%PDF-1.7 未用的附件".getBytes(StandardCharsets.UTF_8);
        String digest = connections.client(editor.id()).putAttachment(unused, "application/pdf");
        server.ageAttachments(Duration.ofDays(31));
        workbench.part(ServerStatusPart.class);
        Label result = Widgets.find(workbench.shell, "server.sweepResult", Label.class);

        MessageDialogWatcher closing = new MessageDialogWatcher(workbench.display);
        Widgets.press(workbench.shell, "server.sweep");
        closing.stop();
        assertTrue(closing.shown().get(0).contains(Messages.Status_sweepTitle), closing.shown()::toString);
        assertEquals("", result.getText(), "closing the question removes nothing");

        ReportEditorTest.answerWhenShown(workbench.display, Messages.Button_ok);
        Widgets.press(workbench.shell, "server.sweep");
        MessageDialogWatcher refusal = new MessageDialogWatcher(workbench.display);
        Widgets.waitUntil(workbench.display, 15_000, () -> !refusal.shown().isEmpty(), "the refusal");
        refusal.stop();
        assertTrue(refusal.shown().get(0).contains(ErrorCode.AUTH_ROLE.message()), refusal.shown()::toString);
        assertEquals("", result.getText(), "an editor may not");

        administrator();
        ReportEditorTest.answerWhenShown(workbench.display, Messages.Button_ok);
        Widgets.press(workbench.shell, "server.sweep");
        String swept = NLS.bind(Messages.Status_swept, "1", Integer.toString(unused.length));
        Widgets.waitUntil(workbench.display, 15_000, () -> swept.equals(result.getText()), "the sweep's result");
        ClientException gone = assertThrows(ClientException.class,
                () -> connections.client(editor.id()).getBytes("/api/v1/attachments/" + digest));
        assertEquals(ErrorCode.REQ_NOT_FOUND, gone.code());
    }

    @Test
    void administratorsAddOperatorsChangeRolesWithTheirOwnKeyUnlockAndDelete() {
        Connection admin = administrator();
        server.register(EDITOR, Sm2KeyPair.generate().publicKey(), EDITOR_PASSWORD, Role.CONTENT_EDITOR);
        workbench.part(OperatorsPart.class);
        Widgets.press(workbench.shell, "operators.refresh");
        waitForRows(List.of(TestPlatformServer.ADMIN, EDITOR));
        assertEquals(OperatorRoles.label("content-editor"), cell(EDITOR, 1));

        Sm2KeyPair auditorKey = Sm2KeyPair.generate();
        workbench.display.asyncExec(() -> {
            Widgets.type(Widgets.findInShells(workbench.display, "operator.name", Text.class), "audit1");
            Widgets.type(Widgets.findInShells(workbench.display, "operator.publicKey", Text.class), auditorKey.publicKey().toPem());
            Widgets.type(Widgets.findInShells(workbench.display, "operator.password", Text.class), "auditor-password-2026");
            check("operator.role.auditor", true);
            Widgets.press(Widgets.findInShells(workbench.display, "operator.ok", Button.class).getShell(), "operator.ok");
        });
        Widgets.press(workbench.shell, "operators.add");
        waitForRows(List.of("audit1", TestPlatformServer.ADMIN, EDITOR));
        assertEquals(OperatorRoles.label("auditor"), cell("audit1", 1));

        select("audit1");
        workbench.display.asyncExec(() -> {
            check("operator.role.auditor", false);
            check("operator.role.content-reviewer", true);
            Widgets.press(Widgets.findInShells(workbench.display, "operator.ok", Button.class).getShell(), "operator.ok");
        });
        Widgets.press(workbench.shell, "operators.roles");
        Widgets.waitUntil(workbench.display, 15_000, () -> cell("audit1", 1).equals(OperatorRoles.label("content-reviewer")),
                "the new roles");
        assertEquals(List.of("content-reviewer"), onServer(admin, "audit1").roles(), "the high-risk change took effect");

        select("audit1");
        Widgets.press(workbench.shell, "operators.unlock");
        waitForRows(List.of("audit1", TestPlatformServer.ADMIN, EDITOR));
        select("audit1");
        workbench.display.asyncExec(() -> Widgets.answerMessageDialog(workbench.display, Messages.Button_ok));
        Widgets.press(workbench.shell, "operators.delete");
        waitForRows(List.of(TestPlatformServer.ADMIN, EDITOR));

        select(TestPlatformServer.ADMIN);
        workbench.display.asyncExec(() -> Widgets.answerMessageDialog(workbench.display, Messages.Button_ok));
        Widgets.press(workbench.shell, "operators.delete");
        MessageDialogWatcher dialogs = new MessageDialogWatcher(workbench.display);
        Widgets.waitUntil(workbench.display, 15_000, () -> !dialogs.shown().isEmpty(), "the refusal");
        assertTrue(dialogs.shown().get(0).contains(ErrorCode.REQ_INVALID_FIELD.message()), dialogs.shown().get(0));
        dialogs.stop();
    }

    private OperatorInfo onServer(Connection admin, String name) {
        return connections.client(admin.id()).operators().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private void refreshStatus() {
        Label head = Widgets.find(workbench.shell, "server.cursor", Label.class);
        head.setText("");
        Widgets.press(workbench.shell, "server.refresh");
        Widgets.waitUntil(workbench.display, 15_000, () -> !head.getText().isEmpty(), "the server status");
    }

    private String value(String field) {
        return Widgets.find(workbench.shell, "server." + field, Label.class).getText();
    }

    private void check(String id, boolean checked) {
        Button box = Widgets.findInShells(workbench.display, id, Button.class);
        box.setSelection(checked);
        box.notifyListeners(SWT.Selection, new Event());
    }

    private Table table() {
        return Widgets.find(workbench.shell, "operators.table", Table.class);
    }

    private void waitForRows(List<String> names) {
        Widgets.waitUntil(workbench.display, 15_000,
                () -> Arrays.stream(table().getItems()).map(item -> item.getText(0)).sorted().toList()
                        .equals(names.stream().sorted().toList()),
                "operators " + names);
    }

    private TableItem row(String name) {
        return Arrays.stream(table().getItems()).filter(item -> item.getText(0).equals(name)).findFirst().orElseThrow();
    }

    private String cell(String name, int column) {
        return row(name).getText(column);
    }

    private void select(String name) {
        table().setSelection(row(name));
    }
}
