package org.govsite.migration.batch;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.govsite.migration.MigrationPlan;
import org.govsite.migration.PlanFile;
import org.govsite.migration.Planner;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;

/**
 * A batch's plan: read from its source by a dry run (attachments kept in the batch's folder, the plan kept in
 * {@code plan.json} under the batch's {@link BatchSources#fingerprint}), and taken from there by the import and step 6
 * as long as the batch's settings are those it was made from, so that a live site is crawled once, not once per step,
 * and the import and the redirect table work on the pages the dry run reported.
 */
final class BatchPlans {

    private BatchPlans() {
    }

    /**
     * Reads the batch's source, keeps its attachments and its plan.
     *
     * @param list the batch's known-URL list ({@link BatchSources#knownUrls}, read by the caller before the run)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled (the kept plan stays as it was)
     */
    static MigrationPlan read(BatchStore store, MigrationBatch batch, KnownUrls list, IProgressMonitor monitor)
            throws BatchException, IOException {
        String fingerprint = BatchSources.fingerprint(batch);
        MigrationPlan plan;
        try (LegacySource source = BatchSources.open(batch, list.urls())) {
            plan = new Planner(BatchSources.settings(batch)).plan(source, new DigestFolder(store.attachments(batch.id)),
                    list, monitor);
        }
        PlanFile.write(plan, fingerprint, store.attachments(batch.id), store.plan(batch.id));
        return plan;
    }

    /** @return the kept plan when it was made from the batch's settings as they are, else {@link #read} */
    static MigrationPlan kept(BatchStore store, MigrationBatch batch, KnownUrls list, IProgressMonitor monitor)
            throws BatchException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.TaskKeptPlan, 1);
        Optional<MigrationPlan> kept = PlanFile.read(store.plan(batch.id), BatchSources.fingerprint(batch),
                store.attachments(batch.id));
        return kept.isPresent() ? kept.get() : read(store, batch, list, progress.split(1));
    }
}
