package org.govsite.ui.wizard;

import org.eclipse.jface.wizard.Wizard;
import org.govsite.model.Platform;
import org.govsite.ui.Messages;

/** The New Site wizard: fills a {@link NewSiteSpec}; it changes no model object itself. */
public final class NewSiteWizard extends Wizard {

    private final NewSiteSpec spec = new NewSiteSpec();
    private final Platform platform;

    public NewSiteWizard(Platform platform) {
        this.platform = platform;
        setWindowTitle(Messages.NewSite_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(new SiteKindPage(spec, platform));
        addPage(new SiteNamePage(spec));
    }

    @Override
    public boolean performFinish() {
        return true;
    }

    public NewSiteSpec spec() {
        return spec;
    }
}
