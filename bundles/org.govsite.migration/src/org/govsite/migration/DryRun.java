package org.govsite.migration;


import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.migration.extract.AttachmentStore;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;

/**
 * Step 4 of the pipeline: plans the migration ({@link Planner}) and reports on it, writing nothing anywhere
 * (attachments are fetched and digested, not kept).
 */
public final class DryRun {
    private final MigrationSettings settings;

    public DryRun(MigrationSettings settings) {
        this.settings = settings;
    }

    /**
     * @param source the legacy site
     * @param known the known-URL list ({@link KnownUrls#NONE}: none): its bad lines reported with the rest, its dates
     *        given to undated pages
     * @param monitor progress, one unit per old URL; may be {@code null}
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public MigrationReport run(LegacySource source, KnownUrls known, IProgressMonitor monitor) {
        MigrationPlan plan = new Planner(settings).plan(source, AttachmentStore.DIGEST_ONLY, known, monitor);
        return MigrationReport.of(plan, settings.samplesPerColumn());
    }
}
