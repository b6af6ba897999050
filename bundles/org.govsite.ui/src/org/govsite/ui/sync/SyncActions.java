package org.govsite.ui.sync;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.store.replica.Rejection;
import org.govsite.store.replica.Replica;
import org.govsite.sync.ClientSyncRemote;
import org.govsite.sync.Conflict;
import org.govsite.sync.ReplicaPlatforms;
import org.govsite.sync.SyncEngine;
import org.govsite.sync.SyncResult;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionActions;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.session.UiJobs;
import org.govsite.ui.session.WorkbenchSession;

/**
 * Synchronises a logged-in connection's replica in a job: pulls the change feed, pushes the outbox (a site delete
 * signed with the operator's key unlocked at login, as the Operators editor signs role changes), then opens the
 * conflict dialog for each edit the server refused as stale and the rejected dialog for each edit it rejected (with
 * the reason); decided ones are resolved in the replica and pushed again. Undecided ones stay waiting: nothing is
 * overwritten or lost silently. Also opens a replica as the edited platform.
 */
@Creatable
public class SyncActions {

    private final Connections connections;
    private final ConnectionActions actions;
    private final UISynchronize sync;

    @Inject
    public SyncActions(Connections connections, ConnectionActions actions, UISynchronize sync) {
        this.connections = connections;
        this.actions = actions;
        this.sync = sync;
    }

    public void synchronize(Shell shell, Connection connection) {
        UiJobs.run(NLS.bind(Messages.Sync_running, connection.name()), sync, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 2);
            SyncEngine engine = engine(connection);
            SyncResult pulled = engine.pull(progress.split(1));
            SyncResult pushed = pulled.offline() ? pulled : engine.push(progress.split(1));
            if (pushed.offline()) {
                connections.markOffline(connection.id());
            }
            return new Waiting(engine.conflicts(), engine.rejections());
        }, waiting -> resolve(shell, connection, waiting), e -> actions.failed(connection, e));
    }

    /**
     * Opens the connection's replica (server records plus queued edits) as the edited platform, after confirmation
     * when the current one has unsaved edits; its Save then queues edits for synchronisation.
     */
    public void open(Shell shell, Connection connection, WorkbenchSession session) {
        if (session.isDirty() && !Dialogs.confirm(shell, Messages.Connections_open,
                NLS.bind(Messages.Connections_openDiscard, connection.name()))) {
            return;
        }
        Replica replica = connections.replica(connection.id());
        UiJobs.run(NLS.bind(Messages.Connections_opening, connection.name()), sync,
                monitor -> ReplicaPlatforms.read(replica, connection.name()),
                platform -> session.installFromReplica(platform, replica), e -> actions.failed(connection, e));
    }

    /** The edits waiting for the operator after a push. */
    private record Waiting(List<Conflict> conflicts, List<Rejection> rejections) {
    }

    /** Asks for a decision on each conflict and rejected edit; pushes again when at least one was decided. */
    private void resolve(Shell shell, Connection connection, Waiting waiting) {
        SyncEngine engine = engine(connection);
        boolean decided = false;
        for (Conflict conflict : waiting.conflicts()) {
            ConflictDialog dialog = new ConflictDialog(shell, conflict);
            if (dialog.open() == Window.OK) {
                engine.resolve(conflict, dialog.decision().resolution(), dialog.decision().merged());
                decided = true;
            }
        }
        for (Rejection rejection : waiting.rejections()) {
            RejectedDialog dialog = new RejectedDialog(shell, rejection);
            if (dialog.open() == Window.OK) {
                engine.resolve(rejection, dialog.decision().resolution(), dialog.decision().edited());
                decided = true;
            }
        }
        if (decided) {
            UiJobs.run(NLS.bind(Messages.Sync_running, connection.name()), sync, monitor -> engine.push(monitor),
                    result -> {
                    }, e -> actions.failed(connection, e));
        }
    }

    private SyncEngine engine(Connection connection) {
        String id = connection.id();
        return new SyncEngine(connections.replica(id),
                new ClientSyncRemote(connections.client(id), () -> Optional.ofNullable(connections.operatorKey(id))));
    }
}
