package org.govsite.audit.export;

import java.util.List;

import org.govsite.audit.Finding;

/** The columns every report gives a finding, in order: their ids (the CSV header, the JSON keys) and values. */
final class FindingColumns {
    /** The columns' ids; the localized headers are the labels {@code Column_<id>}. */
    static final List<String> IDS = List.of("rule", "severity", "page", "target", "element", "anchorText", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "evidence", "message"); //$NON-NLS-1$ //$NON-NLS-2$
    /** Where the page and the target are in {@link #IDS}: URLs. */
    static final int PAGE = 2;
    static final int TARGET = 3;

    private FindingColumns() {
    }

    /** @return the localized headers, in the order of {@link #IDS} */
    static List<String> headers(ReportText text) {
        return IDS.stream().map(id -> text.label("Column_" + id)).toList(); //$NON-NLS-1$
    }

    /** @return the finding's values, in the order of {@link #IDS}, its message in the report's language */
    static List<String> values(Finding finding, ReportText text) {
        return List.of(finding.ruleId(), finding.severity().name(), finding.page().toString(), finding.target(),
                finding.element(), finding.anchorText(), finding.evidence(), text.message(finding));
    }
}
