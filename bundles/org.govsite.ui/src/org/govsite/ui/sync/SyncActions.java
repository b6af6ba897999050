package org.govsite.ui.sync;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
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
 * Synchronises a logged-in connection's replica in a job: pulls the change feed, pushes the outbox, then opens the
 * conflict dialog for each edit the server refused as stale; decided conflicts are resolved in the replica and
 * pushed again. Undecided ones stay queued as conflicts: nothing is overwritten silently. Also opens a replica as
 * the edited platform.
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
            return engine.conflicts();
        }, conflicts -> resolve(shell, connection, conflicts), e -> actions.failed(connection, e));
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

    /** Asks for a decision on each conflict; pushes again when at least one was decided. */
    private void resolve(Shell shell, Connection connection, List<Conflict> conflicts) {
        SyncEngine engine = engine(connection);
        boolean decided = false;
        for (Conflict conflict : conflicts) {
            ConflictDialog dialog = new ConflictDialog(shell, conflict);
            if (dialog.open() == Window.OK) {
                engine.resolve(conflict, dialog.decision().resolution(), dialog.decision().merged());
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
        return new SyncEngine(connections.replica(connection.id()), new ClientSyncRemote(connections.client(connection.id())));
    }
}
