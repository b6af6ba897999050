package org.govsite.ui.tests;

import java.net.URI;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.server.Role;
import org.govsite.sync.ClientSyncRemote;
import org.govsite.sync.SyncEngine;
import org.govsite.ui.connect.ClientServerKeys;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.connect.ConnectionsPart;
import org.govsite.ui.connect.NewConnectionSpec;
import org.govsite.ui.connect.PlatformLevel;
import org.govsite.ui.connect.Secrets;
import org.govsite.ui.connect.ServerKeys;
import org.govsite.ui.connect.TestSecureStorage;
import org.govsite.ui.tests.pages.ConnectionsPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests of views that talk to a platform server: a real {@link TestPlatformServer} per test and the
 * workbench's {@link Connections} (secure storage in the test's folder) in the test workbench's context.
 */
abstract class ConnectedUiTest extends UiTest {

    static final String PASSPHRASE = "key passphrase 2026";
    static final String EDITOR_PASSWORD = "editor-password-2026";

    TestPlatformServer server;
    Connections connections;

    @BeforeEach
    void startServer() {
        server = new TestPlatformServer(folder.resolve("server"));
        connections = Connections.open(folder.resolve("workspace"),
                new Secrets(TestSecureStorage.open(folder.resolve("secure_storage"))));
        workbench.context.set(Connections.class, connections);
        workbench.context.set(ServerKeys.class, new ClientServerKeys());
    }

    @AfterEach
    void stopServer() {
        connections.close();
        server.close();
    }

    /**
     * A connection as the wizard leaves it (key stored, passphrase remembered, server key pinned) for a new operator
     * that the administrator registered with {@code roles} ({@code fingerprint} null: the server's real one).
     */
    Connection addConnection(String name, String operator, String password, String fingerprint, Role... roles) {
        Sm2KeyPair key = Sm2KeyPair.generate();
        server.register(operator, key.publicKey(), password, roles);
        return addConnection(name, operator, key, fingerprint);
    }

    Connection addConnection(String name, String operator, Sm2KeyPair key, String fingerprint) {
        return addConnection(server.uri(), "", name, operator, key, fingerprint == null ? server.fingerprint() : fingerprint);
    }

    /**
     * A connection to the platform at {@code url} (its https trusting {@code caCertificate}, empty: the JDK's
     * authorities) as the wizard leaves it, with {@code fingerprint} pinned, for an operator registered there with
     * {@code key}.
     */
    Connection addConnection(URI url, String caCertificate, String name, String operator, Sm2KeyPair key, String fingerprint) {
        NewConnectionSpec spec = new NewConnectionSpec();
        spec.name = name;
        spec.level = PlatformLevel.CITY;
        spec.url = url.toString();
        spec.caCertificate = caCertificate;
        spec.operator = operator;
        spec.key = key.privateKey();
        spec.passphrase = PASSPHRASE.toCharArray();
        spec.serverFingerprint = fingerprint;
        Connection connection = connections.add(spec);
        Widgets.drain(workbench.display);
        return connection;
    }

    /** Logs in without the UI and makes the connection the active one. */
    void logIn(Connection connection, String password) {
        connections.login(connection.id(), password.toCharArray(), PASSPHRASE.toCharArray(), new NullProgressMonitor());
        connections.setActive(connection.id());
    }

    /**
     * A content editor's connection "市平台" (password {@link #EDITOR_PASSWORD}), logged in, on a platform where it
     * created the organisation {@code host} and its portal {@code s1} (www.jiashi.gov.cn).
     */
    Connection editorWithPortal() {
        Connection editor = addConnection("市平台", "editor1", EDITOR_PASSWORD, null, Role.CONTENT_EDITOR);
        logIn(editor, EDITOR_PASSWORD);
        PlatformClient client = connections.client(editor.id());
        client.post("/api/v1/organisations", Map.of("id", "host", "name", "甲市人民政府办公室", "kind", "GOVERNMENT"));
        client.post("/api/v1/sites", Map.of("id", "s1", "name", "甲市人民政府门户网站", "kind", "PORTAL", "level", "CITY",
                "host", "host", "mainDomain", "www.jiashi.gov.cn", "status", "RUNNING"));
        return editor;
    }

    /**
     * Pulls the connection's platform into its replica, shows the Connections view and opens the replica as the edited
     * platform.
     */
    void openPlatform(Connection editor) {
        new SyncEngine(connections.replica(editor.id()), new ClientSyncRemote(connections.client(editor.id())))
                .pull(new NullProgressMonitor());
        workbench.part(ConnectionsPart.class);
        ConnectionsPage connectionsPage = new ConnectionsPage(workbench.shell);
        connectionsPage.select("市平台");
        connectionsPage.press("open");
        Widgets.waitUntil(workbench.display, 30_000, () -> !workbench.session().platform().getSites().isEmpty(),
                "the replica opened as the platform");
    }

    /** The administrator {@code root} as a connection of this workbench, logged in. */
    Connection administrator() {
        Connection connection = addConnection("省平台", TestPlatformServer.ADMIN, server.adminKey, null);
        logIn(connection, TestPlatformServer.ADMIN_PASSWORD);
        return connection;
    }
}
