package org.govsite.ui.app;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.govsite.ui.Dialogs;
import org.govsite.ui.audit.AuditCenter;
import org.govsite.ui.audit.AuditPreferencesFile;
import org.govsite.ui.audit.PageOpener;
import org.govsite.ui.audit.ReportFileChooser;
import org.govsite.ui.audit.ReportFileDialog;
import org.govsite.ui.library.AttachmentChooser;
import org.govsite.ui.library.AttachmentFileDialog;
import org.govsite.ui.audit.SystemBrowser;
import org.govsite.ui.report.ReportFileDialogs;
import org.govsite.ui.report.ReportFiles;
import org.govsite.ui.report.ReportWorkspace;
import org.eclipse.swt.widgets.Display;
import org.govsite.audit.history.AuditHistory;
import org.govsite.store.PlatformStore;
import org.govsite.store.StoreException;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.ClientServerKeys;
import org.govsite.ui.connect.ConnectionException;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.connect.Secrets;
import org.govsite.ui.connect.ServerKeys;
import org.govsite.ui.report.supervision.SupervisionWorkspace;
import org.govsite.ui.migration.MigrationWorkspace;
import org.govsite.ui.session.SessionSaver;
import org.govsite.ui.session.UiJobs;
import org.govsite.ui.session.WorkbenchSession;

/**
 * Workbench life cycle: opens the local store ({@code <workspace>/store}), puts the {@link WorkbenchSession} into
 * the application context with the audits ({@code <workspace>/store/audits.mv.db}) and loads the platform in a job (a generated demo province with {@code --demo} when
 * the store is empty, shown at once and saved in the background). With {@code --demo} it also starts the demo's
 * embedded platform server ({@link EmbeddedDemoPlatform}).
 */
public class LifeCycle {

    static final String STORE_FOLDER = "store";

    @PostContextCreate
    void postContextCreate(IEclipseContext context, UISynchronize sync) {
        PlatformStore store;
        try {
            store = PlatformStore.open(workspace().resolve(STORE_FOLDER));
        } catch (StoreException e) {
            Dialogs.error(null, Messages.Store_openFailed, e.getMessage());
            throw e;
        }
        Connections connections = openConnections();
        context.set(Connections.class, connections);
        Display.getCurrent().disposeExec(connections::close);
        context.set(ServerKeys.class, new ClientServerKeys());
        AuditCenter audits = openAudits();
        context.set(AuditCenter.class, audits);
        Display.getCurrent().disposeExec(audits::close);
        context.set(PageOpener.class, new SystemBrowser());
        context.set(ReportFileChooser.class, new ReportFileDialog());
        context.set(AttachmentChooser.class, new AttachmentFileDialog());
        SupervisionWorkspace.install(context, workspace());
        MigrationWorkspace.install(context, workspace());
        context.set(ReportWorkspace.class, new ReportWorkspace(workspace()));
        context.set(ReportFiles.class, new ReportFileDialogs());
        WorkbenchSession session = new WorkbenchSession(store);
        context.set(WorkbenchSession.class, session);
        Display.getCurrent().disposeExec(session::close);
        boolean demo = isDemo(Platform.getApplicationArgs());
        sync.asyncExec(() -> {
            load(session, sync, demo);
            if (demo) {
                EmbeddedDemoPlatform.start(workspace(), connections, audits, session, sync);
            }
        });
    }

    /** Loads in a job once the window is up (so the status bar shows the progress); a new demo is saved at once. */
    private static void load(WorkbenchSession session, UISynchronize sync, boolean demo) {
        UiJobs.run(Messages.Session_loading, sync, monitor -> session.loadOrCreate(demo, monitor), opening -> {
            session.install(opening.platform(), opening.stored());
            if (!opening.stored()) {
                SessionSaver.saveInBackground(session, sync, Display.getCurrent().getActiveShell());
            }
        }, e -> Dialogs.error(Display.getCurrent().getActiveShell(), Messages.Session_loadFailed, e.getMessage()));
    }

    /** The workspace's connections; their secrets in the default secure storage (master password asked when first needed). */
    private static Connections openConnections() {
        try {
            return Connections.open(workspace(), new Secrets(SecurePreferencesFactory.getDefault()));
        } catch (ConnectionException e) {
            Dialogs.error(null, Messages.Connections_failed, e.getMessage());
            throw e;
        }
    }

    /**
     * The audit history next to the store ({@code <workspace>/store/audits.mv.db}), audits with the settings of
     * {@code <workspace>/audit-settings.json}.
     */
    private static AuditCenter openAudits() {
        try {
            AuditPreferencesFile preferences = new AuditPreferencesFile(workspace().resolve(AuditPreferencesFile.FILE_NAME));
            preferences.read(); // a damaged settings file fails before the history is opened (and held)
            return new AuditCenter(AuditHistory.open(workspace().resolve(STORE_FOLDER)), preferences);
        } catch (StoreException | IllegalStateException e) {
            Dialogs.error(null, Messages.Store_openFailed, e.getMessage());
            throw e;
        }
    }

    static boolean isDemo(String[] arguments) {
        return Arrays.stream(arguments).anyMatch(a -> a.equals("--demo") || a.equals("-demo"));
    }

    private static Path workspace() {
        try {
            return Path.of(Platform.getInstanceLocation().getURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(Platform.getInstanceLocation().getURL().getFile());
        }
    }
}
