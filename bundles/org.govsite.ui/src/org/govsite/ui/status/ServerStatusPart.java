package org.govsite.ui.status;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.client.AttachmentSweep;
import org.govsite.client.PlatformClient;
import org.govsite.protocol.PageTime;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionActions;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.oplog.LogFilter;
import org.govsite.ui.session.UiJobs;

/**
 * The Server Status view (服务器状态) of the active connection: health, versions, database, counts and the
 * change-feed lag of this workbench's replica, and the system administrator's removal of unused attachments
 * (清理未用附件, confirmed first). Widget ids: {@code server.refresh}, {@code server.connection},
 * {@code server.<field>} for health, server, protocol, schema, database, head, cursor, lag, operators, sites,
 * articles, startedAt, and {@code server.sweep} with {@code server.sweepResult}.
 */
public class ServerStatusPart {

    private static final DateTimeFormatter TIME = PageTime.MINUTES.withZone(PageTime.ZONE);

    @Inject
    private Connections connections;
    @Inject
    private ConnectionActions actions;
    @Inject
    private UISynchronize sync;

    private Label connectionLabel;
    private Label sweepResult;
    private final Map<String, Label> values = new LinkedHashMap<>();
    private final Map<String, Function<ServerReport, String>> fields = new LinkedHashMap<>();

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Button refresh = WidgetIds.tag(new Button(parent, SWT.PUSH), "server.refresh");
        refresh.setText(Messages.Status_refresh);
        refresh.addListener(SWT.Selection, e -> refresh());
        connectionLabel = WidgetIds.tag(new Label(parent, SWT.NONE), "server.connection");
        connectionLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        field("health", Messages.Status_health, ServerReport::health);
        field("server", Messages.Status_server, r -> r.status().server());
        field("protocol", Messages.Status_protocol, r -> Integer.toString(r.status().protocol()));
        field("schema", Messages.Status_schema, r -> Integer.toString(r.status().schema()));
        field("database", Messages.Status_database, r -> r.status().database());
        field("head", Messages.Status_head, r -> Long.toString(r.status().changeFeedHead()));
        field("cursor", Messages.Status_cursor, r -> Long.toString(r.replicaCursor()));
        field("lag", Messages.Status_lag, r -> Long.toString(r.lag()));
        field("operators", Messages.Status_operators, r -> Long.toString(r.status().operators()));
        field("sites", Messages.Status_sites, r -> Long.toString(r.status().sites()));
        field("articles", Messages.Status_articles, r -> Long.toString(r.status().articles()));
        field("startedAt", Messages.Status_startedAt, r -> TIME.format(Instant.ofEpochSecond(r.status().startedAt())));
        Button sweep = WidgetIds.tag(new Button(parent, SWT.PUSH), "server.sweep");
        sweep.setText(Messages.Status_sweep);
        sweep.addListener(SWT.Selection, e -> sweep());
        sweepResult = WidgetIds.tag(new Label(parent, SWT.NONE), "server.sweepResult");
        sweepResult.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** Asks, then removes the active connection's unused attachments in a job and says how many went. */
    void sweep() {
        Connection connection = connections.active().orElse(null);
        if (connection == null) {
            sweepResult.setText(Messages.Views_noActiveConnection);
            return;
        }
        if (!Dialogs.confirm(sweepResult.getShell(), Messages.Status_sweepTitle,
                NLS.bind(Messages.Status_sweepConfirm, connection.name()))) {
            return;
        }
        UiJobs.run(NLS.bind(Messages.Status_sweeping, connection.name()), sync,
                monitor -> connections.call(connection.id(), () -> sweepAll(connections.client(connection.id()), monitor)),
                swept -> {
                    if (!sweepResult.isDisposed()) {
                        sweepResult.setText(NLS.bind(Messages.Status_swept, Long.toString(swept.removed()), Long.toString(swept.bytes())));
                        sweepResult.getParent().layout(true, true);
                    }
                }, e -> actions.failed(connection, e));
    }

    /** Reads the active connection's status in a job. */
    void refresh() {
        Connection connection = connections.active().orElse(null);
        if (connection == null) {
            connectionLabel.setText(Messages.Views_noActiveConnection);
            return;
        }
        connectionLabel.setText(connection.name());
        UiJobs.run(NLS.bind(Messages.Status_reading, connection.name()), sync,
                monitor -> connections.call(connection.id(), () -> ServerReport.fetch(connections.client(connection.id()),
                        connections.replica(connection.id()).cursor(), monitor)),
                this::show, e -> actions.failed(connection, e));
    }

    /** @return what the sweep's pages removed together, each page a request; stops between pages when cancelled */
    private static AttachmentSweep sweepAll(PlatformClient client, IProgressMonitor monitor) {
        long removed = 0;
        long bytes = 0;
        String after = ""; //$NON-NLS-1$
        while (after != null) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            AttachmentSweep page = client.sweepAttachments(after);
            removed += page.removed();
            bytes += page.bytes();
            monitor.subTask(NLS.bind(Messages.Status_sweepProgress, Long.toString(removed)));
            after = page.next();
        }
        return new AttachmentSweep(removed, bytes, null);
    }

    private void show(ServerReport report) {
        if (connectionLabel.isDisposed()) {
            return;
        }
        values.forEach((key, label) -> label.setText(fields.get(key).apply(report)));
        connectionLabel.getParent().layout(true, true);
    }

    private void field(String key, String title, Function<ServerReport, String> value) {
        Composite parent = connectionLabel.getParent();
        new Label(parent, SWT.NONE).setText(title);
        Label label = WidgetIds.tag(new Label(parent, SWT.NONE), "server." + key);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        values.put(key, label);
        fields.put(key, value);
    }
}
