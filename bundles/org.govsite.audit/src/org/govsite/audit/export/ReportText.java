package org.govsite.audit.export;

import java.util.Locale;

import org.govsite.audit.Finding;
import org.govsite.audit.verdict.Verdict;
import org.govsite.audit.verdict.VerdictItem;

/** The reports' labels and the rules' messages in the language of one report. */
final class ReportText {
    private final Texts labels;
    private final Texts rules;

    ReportText(Locale language) {
        labels = new Texts("org.govsite.audit.export.messages", language); //$NON-NLS-1$
        rules = new Texts("org.govsite.audit.messages", language); //$NON-NLS-1$
    }

    /** @return the label of this key (export/messages.properties) */
    String label(String key, Object... args) {
        return labels.get(key, args);
    }

    /** @return the finding's message, naming its subject and evidence */
    String message(Finding finding) {
        return rules.get(finding.ruleId().replace('-', '_'), finding.subject(), finding.evidence());
    }

    /** @return the verdict item's evidence: the messages of the findings it rests on, one a line */
    String evidence(VerdictItem item) {
        StringBuilder evidence = new StringBuilder();
        for (Finding finding : item.evidence()) {
            evidence.append(evidence.isEmpty() ? "" : "\n").append(message(finding)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return evidence.toString();
    }

    /** @return 合格 or 不合格 (Qualified / Not qualified) */
    String qualified(Verdict verdict) {
        return label(verdict.qualified() ? "Qualified" : "NotQualified"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
