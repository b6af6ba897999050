package org.govsite.migration.after;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.MigrationNotice;
import org.govsite.client.PlatformClient;
import org.govsite.migration.Messages;
import org.govsite.protocol.PageTime;

/**
 * Publishes the migration notices of a migration's old hosts on the platform (docs/migration.md, step 6, "Migration
 * notices"; DOMAIN.md "Sites": a notice on the old home page, then on the superior portal saying where the content
 * went, kept at least 30 days): one {@code PUT /api/v1/migration-notices/{host}} per old host, from now for
 * {@code days} days. Idempotent: a host whose notice is already shown keeps its start and is never ended sooner
 * (the platform refuses that within 30 days anyway), so a re-run after a failure or cancel changes nothing it
 * published.
 */
public final class MigrationNotices {
    /** The fewest days a notice is shown (DOMAIN.md "Sites"; the platform refuses fewer: {@code GS-NOTICE-TOO-SHORT}). */
    public static final int MIN_DAYS = 30;
    private final PlatformClient client;
    private final Clock clock;

    /**
     * @param client logged in as a content editor
     * @param clock the time the notices start from
     */
    public MigrationNotices(PlatformClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /**
     * @param oldHosts the old host names (e.g. {@code RedirectTable.hosts()})
     * @param newSite the id of the platform site the content went to
     * @param superiorSite the id of the superior portal that shows the notices too
     * @param title the notice's title, shown as written (Chinese: the sites are Chinese)
     * @param text the notice's text
     * @param days how long each notice is shown: the platform refuses fewer than 30 ({@code GS-NOTICE-TOO-SHORT})
     * @param monitor progress, one unit per host; may be {@code null}
     * @return the notices as the platform keeps them, in host order
     * @throws OperationCanceledException when cancelled (checked before each host)
     * @throws org.govsite.client.ClientException when the platform refuses a notice (its Chinese message says why) or
     *         cannot be reached
     */
    public List<MigrationNotice> publish(List<String> oldHosts, String newSite, String superiorSite, String title, String text,
            int days, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.TaskNotices, oldHosts.size()), oldHosts.size());
        List<MigrationNotice> published = new ArrayList<>();
        for (String host : oldHosts) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(host);
            published.add(client.putMigrationNotice(host, draft(client.migrationNotice(host), newSite, superiorSite, title, text, days)));
            progress.worked(1);
        }
        return published;
    }

    /** @return the notice to write: from now, or from the start of the notice {@code shown} now, never ending sooner */
    private MigrationNotice.Draft draft(Optional<MigrationNotice> shown, String newSite, String superiorSite, String title,
            String text, int days) {
        if (shown.isPresent() && shown.get().active()) {
            LocalDateTime start = shown.get().startTime();
            LocalDateTime end = start.plusDays(days);
            return new MigrationNotice.Draft(newSite, superiorSite, title, text, null,
                    end.isBefore(shown.get().endTime()) ? shown.get().endTime() : end);
        }
        LocalDateTime start = LocalDateTime.now(clock.withZone(PageTime.ZONE)).truncatedTo(ChronoUnit.MINUTES);
        return new MigrationNotice.Draft(newSite, superiorSite, title, text, start, start.plusDays(days));
    }
}
