package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.ErrorCode;
import org.govsite.server.Role;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.ClientServerKeys;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionException;
import org.govsite.ui.connect.ConnectionState;
import org.govsite.ui.connect.ConnectionStatusControl;
import org.govsite.ui.connect.ConnectionsPart;
import org.govsite.ui.connect.Fingerprints;
import org.govsite.ui.connect.NewConnectionSpec;
import org.govsite.ui.connect.Secrets;
import org.govsite.ui.tests.pages.ConnectionsPage;
import org.govsite.ui.tests.pages.LoginDialogPage;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.NewConnectionWizardPage;
import org.govsite.ui.tests.pages.Widgets;
import org.govsite.testing.RelayProxy;
import org.govsite.testing.Tls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Connections view, the New Connection wizard and logging in, against a real platform server on loopback. */
class ConnectionsViewTest extends ConnectedUiTest {

    private static final String EDITOR = "editor1";
    private static final String EDITOR_PASSWORD = "editor-password-2026";
    private ConnectionsPage page;

    @BeforeEach
    void openView() {
        workbench.part(ConnectionsPart.class);
        workbench.part(ConnectionStatusControl.class);
        page = new ConnectionsPage(workbench.shell);
    }

    @Test
    void theWizardGeneratesAKeyPinsTheConfirmedServerKeyAndTheOperatorLogsIn() {
        String[] publicKey = new String[1];
        AssertionError[] failure = new AssertionError[1];
        workbench.display.asyncExec(() -> {
            NewConnectionWizardPage wizard = NewConnectionWizardPage.find(workbench.display);
            try {
                wizard.type("connection.name", "省平台");
                wizard.type("connection.url", "ftp://example");
                assertEquals(Messages.NewConnection_urlInvalid, wizard.errorMessage());
                assertFalse(wizard.isEnabled("wizard.next"));
                wizard.type("connection.url", server.uri().toString());
                wizard.type("connection.operator", EDITOR);
                assertNull(wizard.errorMessage());
                wizard.press("wizard.next");

                wizard.press("key.generate");
                publicKey[0] = wizard.text("key.publicKey");
                wizard.type("key.passphrase", "short");
                assertEquals(Messages.NewConnection_passphraseShort, wizard.errorMessage());
                wizard.type("key.passphrase", PASSPHRASE);
                wizard.type("key.passphraseAgain", PASSPHRASE + "!");
                assertEquals(Messages.NewConnection_passphraseMismatch, wizard.errorMessage());
                wizard.type("key.passphraseAgain", PASSPHRASE);
                assertNull(wizard.errorMessage());
                wizard.press("wizard.next");

                assertEquals(Fingerprints.grouped(server.fingerprint()), wizard.text("pin.fingerprint"));
                assertFalse(wizard.isEnabled("wizard.finish"), "an unconfirmed key is not pinned");
                wizard.check("pin.confirm", true);
                wizard.press("wizard.finish");
            } catch (AssertionError e) {
                failure[0] = e;
                wizard.press("wizard.cancel");
            }
        });
        page.press("new");
        if (failure[0] != null) {
            throw failure[0];
        }
        Widgets.drain(workbench.display);

        Connection added = connections.all().get(0);
        assertEquals(server.fingerprint(), added.pinnedFingerprint());
        assertEquals(List.of("省平台"), page.names());
        assertEquals(Fingerprints.shortForm(server.fingerprint()), page.cell("省平台", ConnectionsPage.FINGERPRINT));
        assertEquals(ConnectionState.OFFLINE.label(), page.cell("省平台", ConnectionsPage.STATE));

        server.register(EDITOR, Sm2PublicKey.fromPem(publicKey[0]), EDITOR_PASSWORD, Role.CONTENT_EDITOR);
        page.select("省平台");
        workbench.display.asyncExec(() -> {
            LoginDialogPage login = LoginDialogPage.find(workbench.display);
            assertTrue(login.field("login.passphrase").isEmpty(), "the remembered passphrase is not asked");
            login.type("login.password", EDITOR_PASSWORD);
            login.remember(true);
            login.ok();
        });
        page.press("login");
        waitForState(added, ConnectionState.LOGGED_IN);
        Widgets.waitUntil(workbench.display, 5_000,
                () -> page.statusBar().contains(ConnectionState.LOGGED_IN.label()), "the status bar shows the login");
        assertEquals(ConnectionState.LOGGED_IN.label(), page.cell("省平台", ConnectionsPage.STATE));
        assertEquals(page.statusBar(), page.summary(), "the view and the status bar tell the same states");
        assertTrue(connections.client(added.id()).isLoggedIn());
        Widgets.waitUntil(workbench.display, 5_000, () -> connections.secrets().isEncrypted(added.id(), Secrets.Kind.PASSWORD),
                "the accepted password remembered, encrypted");

        page.press("disconnect");
        waitForState(added, ConnectionState.OFFLINE);
    }

    @Test
    void aWrongPasswordShowsTheServersLocalizedReasonAndAStoppedServerTurnsTheConnectionOffline() {
        Connection connection = addConnection("市平台", EDITOR, EDITOR_PASSWORD, null, Role.CONTENT_EDITOR);
        page.select("市平台");
        MessageDialogWatcher dialogs = new MessageDialogWatcher(workbench.display);
        workbench.display.asyncExec(() -> {
            LoginDialogPage login = LoginDialogPage.find(workbench.display);
            login.type("login.password", "wrong password");
            login.ok();
        });
        page.press("login");
        Widgets.waitUntil(workbench.display, 15_000, () -> !dialogs.shown().isEmpty(), "the login failure");
        assertTrue(dialogs.shown().get(0).contains(ErrorCode.AUTH_LOGIN_FAILED.message()), dialogs.shown().get(0));
        assertTrue(dialogs.shown().get(0).contains("登录失败"), "the reason is shown in Chinese: " + dialogs.shown().get(0));
        assertEquals(ConnectionState.ONLINE, connections.state(connection.id()), "the server was reached, the login refused");
        assertTrue(connections.secrets().get(connection.id(), Secrets.Kind.PASSWORD).isEmpty(), "a refused password is not stored");

        server.stop();
        page.press("connect");
        waitForState(connection, ConnectionState.OFFLINE);
        Widgets.waitUntil(workbench.display, 15_000, () -> dialogs.shown().size() == 2, "the offline message");
        assertTrue(dialogs.shown().get(1).contains("平台服务器"), "the reason, in Chinese: " + dialogs.shown().get(1));
        assertEquals(ConnectionState.OFFLINE.label(), page.cell("市平台", ConnectionsPage.STATE));
        dialogs.stop();
    }

    @Test
    void aServerWhoseKeyIsNotThePinnedOneIsRefused() {
        Connection connection = addConnection("假冒平台", EDITOR, EDITOR_PASSWORD, "0".repeat(64), Role.CONTENT_EDITOR);
        page.select("假冒平台");
        MessageDialogWatcher dialogs = new MessageDialogWatcher(workbench.display);
        page.press("connect");
        Widgets.waitUntil(workbench.display, 15_000, () -> !dialogs.shown().isEmpty(), "the refusal");
        assertTrue(dialogs.shown().get(0).contains(ErrorCode.RESP_SERVER_KEY_MISMATCH.message()), dialogs.shown().get(0));
        assertEquals(ConnectionState.OFFLINE, connections.state(connection.id()));
        dialogs.stop();
    }

    @Test
    void aPlatformListeningOnIpv6IsPinnedAndLoggedInto() {
        try (TestPlatformServer ipv6 = new TestPlatformServer(folder.resolve("server-ipv6"), "::1")) {
            String url = ipv6.uri().toString();
            assertTrue(url.startsWith("http://[::1]:"), url);
            assertNull(NewConnectionSpec.urlProblem(url));
            assertEquals(ipv6.fingerprint(), new ClientServerKeys().fingerprint(ipv6.uri(), EDITOR, "", new NullProgressMonitor()),
                    "the wizard's pinning page reads the key over IPv6");
            Sm2KeyPair key = Sm2KeyPair.generate();
            ipv6.register(EDITOR, key.publicKey(), EDITOR_PASSWORD, Role.CONTENT_EDITOR);
            Connection connection = addConnection(ipv6.uri(), "", "IPv6 平台", EDITOR, key, ipv6.fingerprint());
            logIn(connection, EDITOR_PASSWORD);
            waitForState(connection, ConnectionState.LOGGED_IN);
            assertEquals(url, page.cell("IPv6 平台", ConnectionsPage.URL));
        }
    }

    @Test
    void aPlatformBehindHttpsWhoseCaJavaLacksIsPinnedAndLoggedIntoWithThatCasCertificate() throws Exception {
        Path keyStore = Tls.keyStore(folder);
        try (RelayProxy https = new RelayProxy(server.uri(), keyStore)) {
            String ca = Tls.certificate(keyStore, folder.resolve("zwww-ca.pem"), true).toString();
            ConnectionException untrusted = assertThrows(ConnectionException.class,
                    () -> new ClientServerKeys().fingerprint(https.uri, EDITOR, "", new NullProgressMonitor()));
            assertTrue(untrusted.getMessage().startsWith("平台服务器的 TLS 证书不受信任"), untrusted.getMessage());
            assertEquals(server.fingerprint(), new ClientServerKeys().fingerprint(https.uri, EDITOR, ca, new NullProgressMonitor()));

            Sm2KeyPair key = Sm2KeyPair.generate();
            server.register(EDITOR, key.publicKey(), EDITOR_PASSWORD, Role.CONTENT_EDITOR);
            Connection connection = addConnection(https.uri, ca, "政务外网平台", EDITOR, key, server.fingerprint());
            logIn(connection, EDITOR_PASSWORD);
            waitForState(connection, ConnectionState.LOGGED_IN);
            assertEquals(ca, connections.all().stream().filter(c -> c.id().equals(connection.id())).findFirst().orElseThrow()
                    .caCertificate(), "kept with the connection");
        }
    }

    @Test
    void aSessionTheServerEndedShowsTheConnectionOnlineNotLoggedIn() throws Exception {
        Connection connection = addConnection("市平台", EDITOR, EDITOR_PASSWORD, null, Role.CONTENT_EDITOR);
        logIn(connection, EDITOR_PASSWORD);
        waitForState(connection, ConnectionState.LOGGED_IN);
        server.expireSessions();
        PlatformClient client = connections.client(connection.id());
        ClientException ended = assertThrows(ClientException.class, () -> client.get("/api/v1/organisations"));
        assertEquals(ErrorCode.AUTH_UNKNOWN_SESSION, ended.code());
        waitForState(connection, ConnectionState.ONLINE);
        ConnectionException notLoggedIn = assertThrows(ConnectionException.class, () -> connections.client(connection.id()));
        assertEquals(Messages.Connections_notLoggedIn, notLoggedIn.getMessage());
        logIn(connection, EDITOR_PASSWORD);
        waitForState(connection, ConnectionState.LOGGED_IN);
        assertTrue(connections.client(connection.id()).get("/api/v1/organisations").path("organisations").isArray());
    }

    private void waitForState(Connection connection, ConnectionState state) {
        Widgets.waitUntil(workbench.display, 20_000, () -> connections.state(connection.id()) == state
                && page.cell(connection.name(), ConnectionsPage.STATE).equals(state.label()), "state " + state);
    }
}
