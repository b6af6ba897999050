package org.govsite.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.connect.ConnectionActions;

/** Platform > New Connection: the New Connection wizard, then the connection is stored. */
public class NewConnectionHandler {

    @Execute
    void execute(ConnectionActions actions, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        actions.newConnection(shell);
    }
}
