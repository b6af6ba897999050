package org.govsite.ui.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.audit.history.AuditRun;
import org.govsite.model.Site;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.explorer.SelectedSites;
import org.govsite.ui.session.UiJobs;

/**
 * 审计 > 运行审计 Run Audit: audits the sites selected in the explorer, one job per batch (progress and cancel in the
 * status bar), each site's run saved in the audit history. Sites without a main domain are named in a message and
 * left out; in the demo, sites its platform does not host (whose audit would go to their real domains) are named and
 * audited only when the operator confirms; sites whose home page could not be read are named after the batch.
 */
public class RunAuditHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return !SelectedSites.of(selection).isEmpty();
    }

    @Execute
    void execute(AuditCenter center, UISynchronize sync, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        audit(SelectedSites.of(selection), center, sync, shell);
    }

    /**
     * Audits these sites in one job, as Run Audit does with the explorer's selection (the supervision report's sample
     * uses it too).
     */
    public static void audit(List<Site> sites, AuditCenter center, UISynchronize sync, Shell shell) {
        List<AuditBatch.Target> targets = new ArrayList<>();
        List<String> homeless = new ArrayList<>();
        for (Site site : sites) {
            SiteHomes.home(site).ifPresentOrElse(home -> targets.add(new AuditBatch.Target(site.getName(), home)),
                    () -> homeless.add(site.getName()));
        }
        if (!homeless.isEmpty()) {
            Dialogs.error(shell, Messages.Audit_title, NLS.bind(Messages.Audit_noHome, String.join("、", homeless))); //$NON-NLS-1$
        }
        List<String> beyond = targets.stream().filter(t -> center.reachesBeyondHostedSites(t.home()))
                .map(AuditBatch.Target::name).toList();
        if (!beyond.isEmpty() && !Dialogs.confirm(shell, Messages.Audit_title,
                NLS.bind(Messages.Audit_beyondHosted, String.join("、", beyond)))) { //$NON-NLS-1$
            targets.removeIf(t -> center.reachesBeyondHostedSites(t.home()));
        }
        if (targets.isEmpty()) {
            return;
        }
        UiJobs.run(NLS.bind(Messages.Audit_jobSites, targets.size()), sync, // the settings read in the job: a bad one is its error
                monitor -> new AuditBatch(center, Clock.systemUTC()).run(targets, monitor, run -> sync.asyncExec(center::changed)),
                runs -> reportUnread(shell, targets, runs),
                e -> Dialogs.error(shell, Messages.Audit_title, NLS.bind(Messages.Audit_failed, e.getMessage())));
    }

    /** Names the sites whose home page could not be read: their run has no finding, which is no clean bill. */
    private static void reportUnread(Shell shell, List<AuditBatch.Target> targets, List<AuditRun> runs) {
        List<String> unread = IntStream.range(0, runs.size()).filter(i -> runs.get(i).pages() == 0)
                .mapToObj(i -> targets.get(i).name()).toList();
        if (!unread.isEmpty()) {
            Dialogs.error(shell, Messages.Audit_title, NLS.bind(Messages.Audit_homeUnread, String.join("、", unread))); //$NON-NLS-1$
        }
    }
}
