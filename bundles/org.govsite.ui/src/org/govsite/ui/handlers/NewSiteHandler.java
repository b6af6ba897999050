package org.govsite.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.govsite.model.Site;
import org.govsite.ui.editor.SiteEditors;
import org.govsite.ui.session.WorkbenchSession;
import org.govsite.ui.wizard.GovSiteWizardDialog;
import org.govsite.ui.wizard.NewSiteCommand;
import org.govsite.ui.wizard.NewSiteWizard;

/** File > New Site (Ctrl+N): runs the New Site wizard, then adds the site with one undoable command and opens it. */
public class NewSiteHandler {

    @Execute
    void execute(WorkbenchSession session, SiteEditors siteEditors, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        NewSiteWizard wizard = new NewSiteWizard(session.platform());
        if (new GovSiteWizardDialog(shell, wizard).open() == Window.OK) {
            var command = NewSiteCommand.create(session.domain(), session.platform(), wizard.spec());
            if (session.execute(command)) {
                command.getResult().stream().filter(Site.class::isInstance).findFirst()
                        .ifPresent(site -> siteEditors.open((Site) site));
            }
        }
    }
}
