package org.govsite.ui.audit;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.govsite.audit.Audit;
import org.govsite.audit.history.AuditRun;
import org.govsite.ui.Messages;

/**
 * Audits sites one after the other and saves each site's run in the history as soon as it is done (so a cancel
 * keeps the runs finished before it). UI-free: the Run Audit handler runs it in a job.
 */
final class AuditBatch {

    /** A site to audit: its name (for progress) and home page. */
    record Target(String name, URI home) {
    }

    private final AuditCenter center;
    private final Clock clock;

    AuditBatch(AuditCenter center, Clock clock) {
        this.center = center;
        this.clock = clock;
    }

    /**
     * @param saved told of each run saved (on this thread)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    List<AuditRun> run(List<Target> targets, IProgressMonitor monitor, Consumer<AuditRun> saved) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Audit_job, targets.size());
        List<AuditRun> runs = new ArrayList<>();
        for (Target target : targets) {
            progress.subTask(target.name());
            Audit audit = new Audit(center.settings(target.home()), clock);
            AuditRun run = center.history().save(audit.run(target.home(), progress.split(1)));
            runs.add(run);
            saved.accept(run);
        }
        return runs;
    }
}
