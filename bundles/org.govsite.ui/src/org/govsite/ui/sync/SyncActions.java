package org.govsite.ui.sync;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.Platform;
import org.govsite.model.Topic;
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
import org.govsite.ui.connect.ConnectionException;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.session.UiJobs;
import org.govsite.ui.session.WorkbenchSession;
import org.govsite.ui.session.WorkbenchSession.SaveSnapshot;

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

    /** @param session told when the connection's replica was written ({@link WorkbenchSession#replicaSynchronized}) */
    public void synchronize(Shell shell, Connection connection, WorkbenchSession session) {
        UiJobs.run(NLS.bind(Messages.Sync_running, connection.name()), sync, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 2);
            SyncEngine engine = engine(connection);
            SyncResult pulled = engine.pull(progress.split(1));
            SyncResult pushed = pulled.offline() ? pulled : engine.push(progress.split(1));
            if (pushed.offline()) {
                connections.markOffline(connection.id());
            }
            return new Waiting(engine.conflicts(), engine.rejections());
        }, waiting -> {
            session.replicaSynchronized(connections.replica(connection.id()));
            resolve(shell, connection, waiting, session);
        }, e -> actions.failed(connection, e));
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

    /**
     * Uploads the edited platform (the local one, or one opened from another connection, unsaved edits included)
     * into the connection's platform when that platform holds no organisation yet, as a new provincial or city
     * platform is first filled: after a pull, its organisations, sites, columns and topics are queued in the
     * replica's outbox as creations, parents first ({@link ReplicaPlatforms#queueEdits} against the empty view), and
     * pushed with progress; refusals open the usual dialogs. A cancel or a lost connection leaves the rest queued
     * for the next Synchronize; nothing is sent twice.
     */
    public void upload(Shell shell, Connection connection, WorkbenchSession session) {
        Replica replica = connections.replica(connection.id());
        SaveSnapshot snapshot = session.snapshot();
        if (snapshot.replica() == replica) {
            Dialogs.error(shell, Messages.Connections_upload, Messages.Upload_ownPlatform);
            return;
        }
        Platform upload = snapshot.copy();
        if (!Dialogs.confirm(shell, Messages.Connections_upload, NLS.bind(Messages.Upload_confirm, new Object[] {
                upload.getName(), upload.getOrganisations().size(), upload.getSites().size(),
                count(upload, Column.class), count(upload, Topic.class), connection.name(), count(upload, Channel.class) }))) {
            return;
        }
        UiJobs.run(NLS.bind(Messages.Upload_running, connection.name()), sync, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 3);
            SyncEngine engine = engine(connection);
            if (engine.pull(progress.split(1)).offline()) {
                connections.markOffline(connection.id());
                throw new ConnectionException(NLS.bind(Messages.Upload_offline, connection.name()));
            }
            if (!ReplicaPlatforms.read(replica, connection.name()).getOrganisations().isEmpty()) {
                throw new ConnectionException(NLS.bind(Messages.Upload_notEmpty, connection.name()));
            }
            int queued = ReplicaPlatforms.queueEdits(replica, upload);
            progress.worked(1);
            SyncResult pushed = engine.push(progress.split(1));
            if (pushed.offline()) {
                connections.markOffline(connection.id());
            }
            String report = NLS.bind(Messages.Upload_done, new Object[] { connection.name(), queued, pushed.pushed(),
                    replica.outbox().size() });
            return new Uploaded(report, new Waiting(engine.conflicts(), engine.rejections()));
        }, uploaded -> {
            session.report(uploaded.report());
            session.replicaSynchronized(replica);
            resolve(shell, connection, uploaded.waiting(), session);
        }, e -> actions.failed(connection, e));
    }

    /** What an upload did ({@link Messages#Upload_done}) and what waits for the operator. */
    private record Uploaded(String report, Waiting waiting) {
    }

    private static long count(Platform platform, Class<?> type) {
        Iterable<EObject> all = platform::eAllContents;
        return StreamSupport.stream(all.spliterator(), false).filter(type::isInstance).count();
    }

    /** The edits waiting for the operator after a push. */
    private record Waiting(List<Conflict> conflicts, List<Rejection> rejections) {
    }

    /** Asks for a decision on each conflict and rejected edit; pushes again when at least one was decided. */
    private void resolve(Shell shell, Connection connection, Waiting waiting, WorkbenchSession session) {
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
                    result -> session.replicaSynchronized(connections.replica(connection.id())),
                    e -> actions.failed(connection, e));
        }
    }

    private SyncEngine engine(Connection connection) {
        String id = connection.id();
        return new SyncEngine(connections.replica(id),
                new ClientSyncRemote(connections.client(id), () -> Optional.ofNullable(connections.operatorKey(id))));
    }
}
