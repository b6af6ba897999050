package org.govsite.ui.publish;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.model.Site;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.explorer.SelectedSites;
import org.govsite.ui.session.UiJobs;

/**
 * 平台 > 发布站点 Publish Sites: publishes the sites selected in the explorer on the active connection's platform (a
 * content reviewer's work under 三权分立; the platform refuses other roles), after a confirmation, one site after
 * another in a job (progress, cancel between sites), then says per site how many pages it has and how many were
 * rendered anew, or why it was not published ({@link SitePublishing}).
 */
public class PublishSitesHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return !SelectedSites.of(selection).isEmpty();
    }

    @Execute
    void execute(Connections connections, UISynchronize sync, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        List<Site> sites = SelectedSites.of(selection);
        Connection connection = connections.active().orElse(null);
        if (connection == null) {
            Dialogs.error(shell, Messages.Publish_title, Messages.Views_noActiveConnection);
            return;
        }
        String names = String.join("、", sites.stream().map(Site::getName).toList()); //$NON-NLS-1$
        if (!Dialogs.confirm(shell, Messages.Publish_title, NLS.bind(Messages.Publish_confirm, names, connection.name()))) {
            return;
        }
        UiJobs.run(NLS.bind(Messages.Publish_running, sites.size(), connection.name()), sync,
                monitor -> new SitePublishing(connections, connection.id()).publish(sites, monitor),
                outcomes -> new MessageDialog(shell, Messages.Publish_title, null, String.join("\n", outcomes), //$NON-NLS-1$
                        MessageDialog.INFORMATION, 0, Messages.Button_ok).open(),
                e -> Dialogs.error(shell, Messages.Publish_title, e.getLocalizedMessage()));
    }
}
