package org.govsite.ui.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.govsite.demo.platform.DemoOperator;
import org.govsite.demo.platform.DemoPlatform;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.audit.AuditCenter;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.connect.DemoConnections;
import org.govsite.ui.session.UiJobs;
import org.govsite.ui.session.WorkbenchSession;

/**
 * The demo's embedded platform ({@code --demo}): started in a job (progress, cancel; the first start fills it, see
 * {@link DemoPlatform}) in {@code <workspace>/demo-platform}, its connections kept and connected
 * ({@link DemoConnections}), the credentials reported in the Connections view, and stopped when the workbench closes
 * (also while still starting).
 */
public final class EmbeddedDemoPlatform {

    static final String FOLDER = "demo-platform"; //$NON-NLS-1$

    private final AtomicReference<DemoPlatform> running = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AuditCenter audits;

    private EmbeddedDemoPlatform(AuditCenter audits) {
        this.audits = audits;
    }

    /** Starts it; call on the UI thread. */
    public static EmbeddedDemoPlatform start(Path workspace, Connections connections, AuditCenter audits,
            WorkbenchSession session, UISynchronize sync) {
        EmbeddedDemoPlatform embedded = new EmbeddedDemoPlatform(audits);
        Job job = UiJobs.run(Messages.Demo_starting, sync, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            DemoPlatform platform = embedded.started(DemoPlatform.start(workspace.resolve(FOLDER), Clock.systemUTC(),
                    progress.split(9)));
            int added = DemoConnections.keep(connections, platform);
            DemoConnections.connect(connections, progress.split(1));
            Set<String> hosts = DemoPlatform.hosts();
            audits.auditHostedSitesThrough(platform.uri(), hosts);
            return NLS.bind(Messages.Demo_ready, new Object[] { platform.uri(), DemoOperator.values().length, added,
                    DemoPlatform.PASSWORD, DemoPlatform.PASSPHRASE, hosts.size(), hosts.iterator().next() });
        }, session::report, e -> Dialogs.error(Display.getCurrent().getActiveShell(), Messages.Demo_failed, e.getMessage()));
        Display.getCurrent().disposeExec(() -> {
            job.cancel();
            embedded.stop();
        });
        return embedded;
    }

    /** @return {@code platform}, or stops it when the workbench closed meanwhile */
    private DemoPlatform started(DemoPlatform platform) {
        running.set(platform);
        if (closed.get()) {
            stop();
            throw new OperationCanceledException();
        }
        return platform;
    }

    /** Stops the platform, now or as soon as it has started (the workbench's closing does). */
    public void stop() {
        closed.set(true);
        DemoPlatform platform = running.getAndSet(null);
        if (platform != null) {
            audits.stopAuditingThrough(platform.uri());
            platform.close();
        }
    }
}
