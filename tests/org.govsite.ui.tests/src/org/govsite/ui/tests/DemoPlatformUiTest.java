package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.govsite.audit.history.AuditHistory;
import org.govsite.audit.history.AuditRun;
import org.govsite.client.PublishedSite;
import org.govsite.demo.DemoProvince;
import org.govsite.demo.platform.DemoOperator;
import org.govsite.demo.platform.DemoPlatform;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.testing.Folders;
import org.govsite.ui.Messages;
import org.govsite.ui.app.EmbeddedDemoPlatform;
import org.govsite.ui.audit.AuditCenter;
import org.govsite.ui.audit.AuditPreferencesFile;
import org.govsite.ui.audit.RunAuditHandler;
import org.govsite.ui.connect.ClientServerKeys;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionState;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.connect.ConnectionsPart;
import org.govsite.ui.connect.Secrets;
import org.govsite.ui.connect.ServerKeys;
import org.govsite.ui.connect.TestSecureStorage;
import org.govsite.ui.operators.OperatorRoles;
import org.govsite.ui.tests.pages.ConnectionsPage;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench started with {@code --demo} embeds a platform server: its first start fills it and adds a connection
 * per demo operator (the Connections view lists them and says how to log in), the documented credentials log in and a
 * reviewer publishes; a restart (another port) keeps the connections and points them at the new address; a demo
 * platform created anew (another server key) replaces them.
 */
class DemoPlatformUiTest extends UiTest {

    private Path workspace;
    private Connections connections;
    private EmbeddedDemoPlatform embedded;
    private AuditCenter audits;

    @BeforeEach
    void openConnections() {
        workspace = folder.resolve("workspace");
        connections = Connections.open(workspace, new Secrets(TestSecureStorage.open(folder.resolve("secure_storage"))));
        workbench.context.set(Connections.class, connections);
        workbench.context.set(ServerKeys.class, new ClientServerKeys());
        audits = new AuditCenter(AuditHistory.open(workbench.storeFolder),
                new AuditPreferencesFile(folder.resolve(AuditPreferencesFile.FILE_NAME)));
        workbench.context.set(AuditCenter.class, audits);
    }

    @AfterEach
    void stop() {
        connections.close();
        if (embedded != null) {
            embedded.stop();
        }
        audits.close();
    }

    @Test
    void theDemoPlatformsOperatorsAreConnectionsThatLogInAcrossRestartsAndANewPlatform() throws IOException {
        workbench.part(ConnectionsPart.class);
        ConnectionsPage page = new ConnectionsPage(workbench.shell);
        List<String> names = List.of(DemoOperator.values()).stream()
                .map(o -> NLS.bind(Messages.Demo_connectionName, OperatorRoles.label(o.roleName()))).toList();

        start(4);
        assertEquals(names, page.names());
        for (Connection each : connections.all()) {
            assertEquals(ConnectionState.ONLINE, connections.state(each.id()), each.name() + " is connected");
        }
        assertEquals(connection(DemoOperator.ADMINISTRATOR), connections.active().orElseThrow());
        Connection reviewer = connection(DemoOperator.REVIEWER);
        logIn(reviewer);
        assertEquals(Messages.State_loggedIn, page.cell(reviewer.name(), ConnectionsPage.STATE));
        Site portal = DemoProvince.generate(DemoProvince.Size.SMALL, 1).getSites().get(0);
        PublishedSite published = connections.client(reviewer.id()).publishSite(portal.getId());
        assertTrue(published.pages() > 1, published.toString());
        assertEquals(0, published.rendered(), "the demo's first start published every site");
        connections.disconnect(reviewer.id());
        auditHostedSite(portal);
        embedded.stop();
        assertNull(audits.settings(home(portal)).crawl().through(), "a stopped platform is not gone through");

        start(0);
        assertEquals(names, page.names());
        Connection editor = connection(DemoOperator.EDITOR);
        for (DemoOperator operator : DemoOperator.values()) {
            assertEquals(editor.url(), connection(operator).url(), "every connection points at this run's address");
        }
        logIn(editor);
        assertEquals(ConnectionState.LOGGED_IN, connections.state(editor.id()));
        connections.disconnect(editor.id());
        String oldKey = editor.pinnedFingerprint();
        embedded.stop();

        Folders.delete(workspace.resolve("demo-platform"));
        start(4);
        assertEquals(names, page.names(), "the old platform's connections are gone");
        Connection auditor = connection(DemoOperator.AUDITOR);
        assertTrue(!auditor.pinnedFingerprint().equals(oldKey), "the new platform's key is pinned");
        logIn(auditor);
        assertEquals(ConnectionState.LOGGED_IN, connections.state(auditor.id()));
    }

    /**
     * Audits the site as the Audit perspective does (a site of the workbench's demo province of the same domain): its
     * requests go to the demo platform, which serves its published pages. A site of the province the demo platform
     * does not host, selected with it, is named first (its audit would go to its real domain) and, as the operator
     * declines, left out.
     */
    private void auditHostedSite(Site hosted) {
        URI home = home(hosted);
        assertEquals(connection(DemoOperator.ADMINISTRATOR).url(), audits.settings(home).crawl().through());
        Platform local = DemoProvince.generate(DemoProvince.Size.STANDARD, 1);
        Site site = local.getSites().stream().filter(s -> s.getMainDomain().equals(hosted.getMainDomain())).findFirst()
                .orElseThrow();
        Site elsewhere = local.getSites().stream().filter(s -> !DemoPlatform.hosts().contains(s.getMainDomain()))
                .findFirst().orElseThrow();
        assertTrue(audits.reachesBeyondHostedSites(home(elsewhere)) && !audits.reachesBeyondHostedSites(home));
        workbench.show(local);
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, List.of(site, elsewhere));
        MessageDialogWatcher question = new MessageDialogWatcher(workbench.display); // closes it: no is the answer
        workbench.execute(new RunAuditHandler());
        question.stop();
        assertEquals(1, question.shown().size(), question.shown()::toString);
        assertTrue(question.shown().get(0).contains(NLS.bind(Messages.Audit_beyondHosted, elsewhere.getName())),
                question.shown()::toString);
        Widgets.waitUntil(workbench.display, 120_000, () -> audits.history().runs(home).size() == 1
                && Job.getJobManager().isIdle(), "the audit of " + home);
        AuditRun run = audits.history().runs(home).get(0);
        assertTrue(run.pages() > 20, run.pages() + " pages read through the demo platform");
        assertEquals(List.of(), audits.history().runs(home(elsewhere)), "declined: not audited at its real domain");
    }

    private static URI home(Site site) {
        return URI.create("http://" + site.getMainDomain() + "/");
    }

    /** Starts the embedded platform as the workbench does and waits for its report ({@code added} new connections). */
    private void start(int added) {
        workbench.session().report("");
        embedded = EmbeddedDemoPlatform.start(workspace, connections, audits, workbench.session(),
                workbench.context.get(UISynchronize.class));
        ConnectionsPage page = new ConnectionsPage(workbench.shell);
        Widgets.waitUntil(workbench.display, 120_000, () -> page.saveStatus().contains(DemoPlatform.PASSWORD),
                "the demo platform's report");
        URI uri = connection(DemoOperator.ADMINISTRATOR).url();
        assertEquals(NLS.bind(Messages.Demo_ready, new Object[] { uri, 4, added, DemoPlatform.PASSWORD,
                DemoPlatform.PASSPHRASE, DemoPlatform.hosts().size(), DemoPlatform.hosts().iterator().next() }),
                page.saveStatus());
        Widgets.drain(workbench.display);
    }

    private void logIn(Connection connection) {
        connections.login(connection.id(), DemoPlatform.PASSWORD.toCharArray(), DemoPlatform.PASSPHRASE.toCharArray(),
                new NullProgressMonitor());
        Widgets.drain(workbench.display);
    }

    private Connection connection(DemoOperator operator) {
        return connections.all().stream().filter(c -> c.operator().equals(operator.operatorName())).findFirst()
                .orElseThrow();
    }
}
