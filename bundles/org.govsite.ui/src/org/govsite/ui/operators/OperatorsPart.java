package org.govsite.ui.operators;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.client.OperatorInfo;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.ui.TableColumns;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionActions;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.connect.Fingerprints;
import org.govsite.ui.session.UiJobs;

/**
 * The Operators and Roles editor (操作员与角色) of the active connection, for system administrators: lists the
 * operators, registers one, changes roles (signed with the administrator's own SM2 key), unlocks, deletes. Every
 * call runs in a job; a refusal shows the server's reason. Widget ids: {@code operators.table},
 * {@code operators.refresh|add|roles|unlock|delete}, {@code operators.connection}.
 */
public class OperatorsPart {

    @Inject
    private Connections connections;
    @Inject
    private ConnectionActions actions;
    @Inject
    private UISynchronize sync;

    private TableViewer viewer;
    private Label connectionLabel;

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(6, false));
        button(bar, "operators.refresh", Messages.Status_refresh, none -> refresh(), false);
        button(bar, "operators.add", Messages.Operators_add, none -> add(), false);
        button(bar, "operators.roles", Messages.Operators_roles, this::changeRoles, true);
        button(bar, "operators.unlock", Messages.Operators_unlock, this::unlock, true);
        button(bar, "operators.delete", Messages.Connections_delete, this::delete, true);
        connectionLabel = WidgetIds.tag(new Label(bar, SWT.NONE), "operators.connection");
        connectionLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        WidgetIds.tag(viewer.getTable(), "operators.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(Messages.Connection_operator, 120, OperatorInfo::name);
        column(Messages.Operators_rolesColumn, 260, o -> OperatorRoles.labels(o.roles()));
        column(Messages.Operators_locked, 80, o -> o.locked() ? Messages.Operators_yes : "");
        column(Messages.Operators_key, 120, o -> Fingerprints.shortForm(o.publicKeyFingerprint()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    /** Lists the operators of the active connection. */
    void refresh() {
        run(Messages.Operators_reading, admin -> admin.list(), operators -> {
            if (!viewer.getTable().isDisposed()) {
                viewer.setInput(operators);
            }
        });
    }

    private void add() {
        OperatorDialog dialog = new OperatorDialog(viewer.getControl().getShell(), null, Set.of());
        if (dialog.open() == Window.OK) {
            change(admin -> admin.add(dialog.name(), dialog.publicKey(), dialog.password(), dialog.roles()));
        }
    }

    private void changeRoles(OperatorInfo operator) {
        OperatorDialog dialog = new OperatorDialog(viewer.getControl().getShell(), operator.name(), Set.copyOf(operator.roles()));
        if (dialog.open() == Window.OK) {
            change(admin -> admin.changeRoles(operator.name(), dialog.roles(), key()));
        }
    }

    private void unlock(OperatorInfo operator) {
        change(admin -> admin.unlock(operator.name()));
    }

    private void delete(OperatorInfo operator) {
        if (Dialogs.confirm(viewer.getControl().getShell(), Messages.Connections_delete,
                NLS.bind(Messages.Operators_deleteConfirm, operator.name()))) {
            change(admin -> admin.delete(operator.name(), key()));
        }
    }

    private Sm2PrivateKey key() {
        return connections.operatorKey(active().id());
    }

    /** Runs a change, then lists again. */
    private void change(Consumer<OperatorAdmin> change) {
        run(Messages.Operators_changing, admin -> {
            change.accept(admin);
            return admin.list();
        }, operators -> {
            if (!viewer.getTable().isDisposed()) {
                viewer.setInput(operators);
            }
        });
    }

    private void run(String name, Function<OperatorAdmin, List<OperatorInfo>> call, Consumer<List<OperatorInfo>> show) {
        Connection connection = connections.active().orElse(null);
        if (connection == null) {
            connectionLabel.setText(Messages.Views_noActiveConnection);
            return;
        }
        connectionLabel.setText(connection.name());
        connectionLabel.requestLayout();
        UiJobs.run(NLS.bind(name, connection.name()), sync,
                monitor -> connections.call(connection.id(), () -> call.apply(new OperatorAdmin(connections.client(connection.id())))),
                show, e -> actions.failed(connection, e));
    }

    private Connection active() {
        return connections.active().orElseThrow();
    }

    private void button(Composite bar, String id, String text, Consumer<OperatorInfo> action, boolean needsSelection) {
        Button button = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> {
            OperatorInfo selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof OperatorInfo o ? o : null;
            if (!needsSelection || selected != null) {
                action.accept(selected);
            }
        });
    }

    private void column(String title, int width, Function<OperatorInfo, String> text) {
        TableColumns.add(viewer, OperatorInfo.class, title, width, text);
    }
}
