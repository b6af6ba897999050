package org.govsite.ui.connect;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.wizard.NewConnectionWizard;
import org.govsite.ui.wizard.GovSiteWizardDialog;

/** What the Connections view and the connection commands do: add (wizard), connect, log in, disconnect, delete. */
@Creatable
public class ConnectionActions {

    private final Connections connections;
    private final ServerKeys serverKeys;
    private final UISynchronize sync;

    @Inject
    public ConnectionActions(Connections connections, ServerKeys serverKeys, UISynchronize sync) {
        this.connections = connections;
        this.serverKeys = serverKeys;
        this.sync = sync;
    }

    /** Runs the New Connection wizard; after Finish stores the key, the secrets and the connection. */
    public Connection newConnection(Shell shell) {
        Set<String> names = connections.all().stream().map(Connection::name).collect(Collectors.toSet());
        NewConnectionWizard wizard = new NewConnectionWizard(names, serverKeys);
        try {
            if (new GovSiteWizardDialog(shell, wizard).open() != Window.OK) {
                return null;
            }
            return connections.add(wizard.spec());
        } catch (ConnectionException e) {
            Dialogs.error(shell, Messages.Connections_failed, e.getMessage());
            return null;
        } finally {
            wizard.spec().wipe();
        }
    }

    public void connect(Connection connection) {
    }

    public void login(Shell shell, Connection connection) {
    }

    public void disconnect(Connection connection) {
    }

    public void delete(Connection connection) {
        connections.delete(connection.id());
    }
}
