package org.govsite.ui.migration;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.migration.MigrationReport;
import org.govsite.migration.after.NoticeWording;
import org.govsite.migration.after.PlatformSites;
import org.govsite.migration.batch.BatchAfter;
import org.govsite.migration.batch.BatchException;
import org.govsite.migration.batch.BatchSources;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.migration.redirect.Redirect;
import org.govsite.protocol.PageTime;
import org.govsite.ui.Dialogs;

/**
 * Step 6 of an imported batch from the Migrations view, each run as a job on the view's {@link JobPanel} (progress,
 * cancel, the outcome on its status line): 发布重定向, 导出重定向表, 发布迁移公告, 验证旧地址 ({@link BatchAfter}). One run
 * per batch at a time (with its imports); what cannot start says why.
 */
final class AfterActions {
    private final MigrationActions actions;
    private final JobPanel panel;
    private final Runnable done;

    /** @param done called on the UI thread after each run (the view refreshes) */
    AfterActions(MigrationActions actions, JobPanel panel, Runnable done) {
        this.actions = actions;
        this.panel = panel;
        this.done = done;
    }

    /** Stores the archived snapshots, then uploads the redirect table through the batch's connection. */
    void publishRedirects(Shell shell, MigrationBatch batch) {
        actions.client(shell, batch, Messages.Migration_publishRedirects).ifPresent(client -> run(shell, batch,
                Messages.Migration_publishRedirects, Messages.Migration_publishingRedirects,
                monitor -> after().publishRedirects(batch, client, monitor), report -> published(report, batch)));
    }

    /** Writes the redirect table as CSV and as an nginx map, to the files chosen. */
    void exportRedirects(Shell shell, MigrationBatch batch) {
        Optional<Path> csv = actions.files().save(shell, Messages.Migration_exportRedirectsCsv, "redirects.csv", "*.csv"); //$NON-NLS-1$ //$NON-NLS-2$
        Optional<Path> map = csv.flatMap(file -> actions.files().save(shell, Messages.Migration_exportMap,
                "redirects.map", "*.map", "*.conf")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (map.isPresent()) {
            run(shell, batch, Messages.Migration_exportRedirects, Messages.Migration_exportingRedirects,
                    monitor -> after().exportRedirects(batch, csv.get(), map.get(), monitor),
                    host -> NLS.bind(Messages.Migration_redirectsExported, new Object[] { csv.get(), map.get(), host }));
        }
    }

    /** Asks the notice (default wording, days, superior portal) and publishes it for the batch's old hosts. */
    void publishNotice(Shell shell, MigrationBatch batch) {
        String title = Messages.Migration_publishNotice;
        Optional<PlatformClient> client = actions.client(shell, batch, title);
        if (client.isEmpty()) {
            return;
        }
        NoticeDialog dialog;
        try {
            PlatformSites sites = PlatformSites.read(client.get());
            PlatformSites.Site site = find(sites, batch);
            dialog = new NoticeDialog(shell, site, sites.sites().stream().filter(other -> !other.id().equals(site.id())).toList(),
                    sites.superiorPortal(site), NoticeWording.defaults(Locale.CHINESE, site.name(), site.address(BatchSources.site(batch.newSite)),
                            LocalDate.now(PageTime.ZONE)));
        } catch (ClientException | IllegalArgumentException | BatchException e) {
            Dialogs.error(shell, title, e.getLocalizedMessage());
            return;
        }
        if (dialog.open() == Window.OK) {
            run(shell, batch, title, Messages.Migration_publishingNotices,
                    monitor -> after().publishNotices(batch, client.get(), dialog.notice(), monitor),
                    notices -> NLS.bind(Messages.Migration_noticesPublished,
                            String.join(Messages.Migration_listSeparator, batch.after.notices)));
        }
    }

    /** Asks where the requests go (the connection's platform proposed) and verifies every old URL. */
    void verify(Shell shell, MigrationBatch batch) {
        String proposed = actions.connections() == null ? "" : actions.connections().all().stream() //$NON-NLS-1$
                .filter(c -> c.id().equals(batch.connection)).findFirst().map(c -> c.url().toString()).orElse(""); //$NON-NLS-1$
        ThroughDialog dialog = new ThroughDialog(shell, proposed);
        if (dialog.open() == Window.OK) {
            run(shell, batch, Messages.Migration_verify, Messages.Migration_verifying,
                    monitor -> after().verify(batch, dialog.through(), monitor),
                    report -> NLS.bind(Messages.Migration_verified, report.verifications(true).size(),
                            report.verifications(false).size()));
        }
    }

    /** @return the site at the batch's new-site address, else its target site */
    private static PlatformSites.Site find(PlatformSites sites, MigrationBatch batch) {
        try {
            return sites.find(batch.newSite.strip());
        } catch (IllegalArgumentException e) {
            if (batch.targetSite.isBlank()) {
                throw e;
            }
            return sites.find(batch.targetSite);
        }
    }

    private static String published(MigrationReport report, MigrationBatch batch) {
        String published = NLS.bind(Messages.Migration_redirectsPublished, new Object[] {
                report.redirectTable().entries(Redirect.Kind.MOVED).size(),
                report.redirectTable().entries(Redirect.Kind.GONE).size(), batch.after.snapshots,
                report.redirectTable().entries(Redirect.Kind.NOT_READY).size() });
        return batch.after.filesNotArchived.isEmpty() ? published
                : published + NLS.bind(Messages.Migration_filesNotArchived, batch.after.filesNotArchived.size());
    }

    private <T> void run(Shell shell, MigrationBatch batch, String title, String jobName, JobPanel.Step<T> step,
            Function<T, String> outcome) {
        if (panel.running() || !actions.startImport(batch.id)) {
            Dialogs.error(shell, title, Messages.Migration_afterBusy);
            return;
        }
        panel.run(NLS.bind(jobName, batch.name), JobPanel.unchecked(step), result -> {
            panel.status(outcome.apply(result));
            done.run();
        }, failure -> done.run(), Messages.Migration_afterCancelled, () -> actions.release(batch.id));
    }

    private BatchAfter after() {
        return new BatchAfter(actions.store());
    }
}
