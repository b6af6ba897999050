package org.govsite.ui.connect;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.govsite.model.Platform;
import org.govsite.ui.TableColumns;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.session.SessionListener;
import org.govsite.ui.session.WorkbenchSession;
import org.govsite.ui.sync.SyncActions;

/**
 * The Connections view (连接): every platform of the "1+N" model with its level, URL, operator, pinned server key
 * fingerprint and live state, and the buttons to add, connect, log in, disconnect and delete. Widget ids:
 * {@code connections.table}, {@code connections.summary}, {@code connections.status} (what the last save of a platform
 * opened from a replica queued), {@code connections.new|connect|login|sync|open|upload|disconnect|delete}. "Open
 * Platform" makes the connection's replica the edited platform; "Upload Local Platform" fills an empty platform with
 * the edited one.
 */
public class ConnectionsPart {

    @Inject
    private Connections connections;
    @Inject
    private ConnectionActions actions;
    @Inject
    private SyncActions syncActions;
    @Inject
    private UISynchronize sync;
    @Inject
    private WorkbenchSession session;

    private TableViewer viewer;
    private Label summary;
    private Label status;
    private final Runnable listener = () -> sync.asyncExec(this::refresh);
    private final SessionListener reports = new SessionListener() {
        @Override
        public void platformChanged(Platform platform) {
            // the view shows connections, not the platform
        }

        @Override
        public void reported(String message) {
            if (!status.isDisposed()) {
                status.setText(message);
                status.requestLayout();
            }
        }
    };

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.fill = true;
        buttons.setLayout(row);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(buttons, "connections.new", Messages.Connections_new, c -> actions.newConnection(parent.getShell()), false);
        button(buttons, "connections.connect", Messages.Connections_connect, actions::connect, true);
        button(buttons, "connections.login", Messages.Connections_login, c -> actions.login(parent.getShell(), c), true);
        button(buttons, "connections.sync", Messages.Connections_sync, c -> syncActions.synchronize(parent.getShell(), c, session), true);
        button(buttons, "connections.open", Messages.Connections_open, c -> syncActions.open(parent.getShell(), c, session), true);
        button(buttons, "connections.upload", Messages.Connections_upload, c -> syncActions.upload(parent.getShell(), c, session), true);
        button(buttons, "connections.disconnect", Messages.Connections_disconnect, actions::disconnect, true);
        button(buttons, "connections.delete", Messages.Connections_delete, c -> {
            if (Dialogs.confirm(parent.getShell(), Messages.Connections_delete, NLS.bind(Messages.Connections_deleteConfirm, c.name()))) {
                actions.delete(c);
            }
        }, true);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Table table = WidgetIds.tag(viewer.getTable(), "connections.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(Messages.Connection_name, 160, Connection::name);
        column(Messages.Connection_level, 70, c -> c.level().label());
        column(Messages.Connection_state, 80, c -> connections.state(c.id()).label());
        column(Messages.Connection_url, 220, c -> c.url().toString());
        column(Messages.Connection_operator, 100, Connection::operator);
        column(Messages.Connection_fingerprint, 120, c -> Fingerprints.shortForm(c.pinnedFingerprint()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> {
            Connection selected = selected();
            if (selected != null) {
                connections.setActive(selected.id());
            }
        });
        summary = WidgetIds.tag(new Label(parent, SWT.NONE), "connections.summary");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status = WidgetIds.tag(new Label(parent, SWT.NONE), "connections.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        connections.addListener(listener);
        session.addListener(reports);
        refresh();
    }

    @PreDestroy
    void dispose() {
        connections.removeListener(listener);
        session.removeListener(reports);
    }

    private void refresh() {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        List<Connection> all = connections.all();
        viewer.setInput(all);
        summary.setText(ConnectionSummary.of(all, connections::state));
        summary.requestLayout();
    }

    private void button(Composite bar, String id, String text, Consumer<Connection> action, boolean needsSelection) {
        Button button = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> {
            Connection selected = selected();
            if (!needsSelection || selected != null) {
                action.accept(selected);
            }
        });
    }

    private Connection selected() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Connection c ? c : null;
    }

    private void column(String title, int width, Function<Connection, String> text) {
        TableColumns.add(viewer, Connection.class, title, width, text);
    }
}
