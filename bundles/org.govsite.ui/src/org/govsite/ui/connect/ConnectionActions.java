package org.govsite.ui.connect;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.govsite.client.ClientException;
import org.govsite.crypto.CryptoException;
import org.govsite.protocol.ErrorCode;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.wizard.NewConnectionWizard;
import org.govsite.ui.session.UiJobs;
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

    /** Connects in a job (checks the pinned server key); a failure shows its localized reason. */
    public void connect(Connection connection) {
        connections.setActive(connection.id());
        UiJobs.run(NLS.bind(Messages.Connections_connecting, connection.name()), sync, monitor -> {
            connections.connect(connection.id(), monitor);
            return connection;
        }, done -> {
        }, e -> failed(connection, e));
    }

    /**
     * Logs in: takes the password and the key passphrase from secure storage, asks what is missing (and whether to
     * remember it), then logs in in a job. What was typed is stored only after the login succeeded.
     */
    public void login(Shell shell, Connection connection) {
        connections.setActive(connection.id());
        Secrets secrets = connections.secrets();
        Optional<char[]> password = secrets.get(connection.id(), Secrets.Kind.PASSWORD);
        Optional<char[]> passphrase = secrets.get(connection.id(), Secrets.Kind.KEY_PASSPHRASE);
        boolean remember = false;
        if (password.isEmpty() || passphrase.isEmpty()) {
            LoginDialog dialog = new LoginDialog(shell, connection, password.isEmpty(), passphrase.isEmpty());
            if (dialog.open() != Window.OK) {
                return;
            }
            password = password.or(() -> Optional.of(dialog.password()));
            passphrase = passphrase.or(() -> Optional.of(dialog.passphrase()));
            remember = dialog.remember();
        }
        char[] passwordChars = password.get();
        char[] passphraseChars = passphrase.get();
        char[] toRemember = remember ? passwordChars.clone() : null;
        char[] passphraseToRemember = remember ? passphraseChars.clone() : null;
        UiJobs.run(NLS.bind(Messages.Connections_loggingIn, connection.name()), sync, monitor -> {
            connections.login(connection.id(), passwordChars, passphraseChars, monitor);
            return connection;
        }, done -> {
            if (toRemember != null) {
                secrets.put(connection.id(), Secrets.Kind.PASSWORD, toRemember);
                secrets.put(connection.id(), Secrets.Kind.KEY_PASSPHRASE, passphraseToRemember);
            }
            wipe(toRemember, passphraseToRemember);
        }, e -> {
            wipe(toRemember, passphraseToRemember);
            forgetRefused(connection, e);
            failed(connection, e);
        });
    }

    /** A remembered secret that was refused is forgotten, so that the next login asks for it again. */
    private void forgetRefused(Connection connection, RuntimeException e) {
        if (e instanceof ClientException refused && refused.code() == ErrorCode.AUTH_LOGIN_FAILED) {
            connections.secrets().forget(connection.id(), Secrets.Kind.PASSWORD);
        } else if (e instanceof CryptoException) {
            connections.secrets().forget(connection.id(), Secrets.Kind.KEY_PASSPHRASE);
        }
    }

    public void disconnect(Connection connection) {
        connections.disconnect(connection.id());
    }

    /** Shows why a call failed (on the UI thread): the server's reason in the user's language (ClientException's localized message). */
    public void failed(Connection connection, RuntimeException e) {
        Dialogs.error(Display.getCurrent().getActiveShell(), NLS.bind(Messages.Connections_callFailed, connection.name()), e.getLocalizedMessage());
    }

    private static void wipe(char[]... secrets) {
        for (char[] secret : secrets) {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    public void delete(Connection connection) {
        connections.delete(connection.id());
    }
}
