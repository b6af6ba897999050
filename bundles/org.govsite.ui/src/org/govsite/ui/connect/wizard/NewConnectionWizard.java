package org.govsite.ui.connect.wizard;

import java.util.Set;

import org.eclipse.jface.wizard.Wizard;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.NewConnectionSpec;
import org.govsite.ui.connect.ServerKeys;

/** The New Connection wizard: fills a {@link NewConnectionSpec}; it stores nothing itself. */
public final class NewConnectionWizard extends Wizard {

    private final NewConnectionSpec spec = new NewConnectionSpec();
    private final Set<String> existingNames;
    private final ServerKeys serverKeys;

    public NewConnectionWizard(Set<String> existingNames, ServerKeys serverKeys) {
        this.existingNames = existingNames;
        this.serverKeys = serverKeys;
        setWindowTitle(Messages.NewConnection_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(new ConnectionPage(spec, existingNames));
        addPage(new KeyPage(spec));
        addPage(new PinPage(spec, serverKeys));
    }

    @Override
    public boolean performFinish() {
        return true;
    }

    public NewConnectionSpec spec() {
        return spec;
    }
}
