package org.govsite.ui.audit;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.govsite.audit.history.AuditRun;
import org.govsite.audit.history.Decision;
import org.govsite.protocol.PageTime;
import org.govsite.ui.Messages;

/** How decisions, runs and verdicts read in the audit views. */
final class FindingLabels {
    /** Runs are shown in China Standard Time, as the operators read them. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
            .withZone(PageTime.ZONE);

    private FindingLabels() {
    }

    /** @return "误报：reason（operator）", "已接受：…" or "" for an open finding */
    static String decision(Optional<Decision> decision) {
        return decision.map(d -> NLS.bind(switch (d.kind()) {
            case ACCEPTED -> Messages.Findings_acceptedLabel;
            case FALSE_ALARM -> Messages.Findings_falseAlarmLabel;
        }, d.reason(), d.operator())).orElse(""); //$NON-NLS-1$
    }

    /** @return "#id yyyy-MM-dd HH:mm:ss (n findings)" */
    static String run(AuditRun run) {
        return NLS.bind(Messages.Audit_run, new Object[] { run.id(), TIME.format(run.started()), run.findings() });
    }

    /** @return 合格 / 不合格, or 首页无法读取 when the run read no page (its verdict judged nothing) */
    static String verdict(AuditRun run) {
        if (run.pages() == 0) {
            return Messages.Dashboard_unread;
        }
        return run.qualified() ? Messages.Dashboard_qualified : Messages.Dashboard_unqualified;
    }
}
