package org.govsite.audit.freshness;

import org.govsite.audit.AuditRule;
import org.govsite.audit.Messages;
import org.govsite.audit.RuleText;
import org.govsite.model.validation.Severity;

/** The freshness rules of a crawled site (docs/rules.md, "Freshness"). */
public enum FreshnessRule implements AuditRule {
    /** The home page could not be read, so nothing of the site can be judged. */
    HOME_UNREADABLE(new RuleText("FRESH-HOME-UNREADABLE", Severity.ERROR, () -> Messages.FRESH_HOME_UNREADABLE)), //$NON-NLS-1$
    /** The home page's newest date is older than the limit. */
    HOME_STALE(new RuleText("FRESH-HOME-STALE", Severity.ERROR, () -> Messages.FRESH_HOME_STALE)), //$NON-NLS-1$
    /** A column's newest item is older than its category's limit. */
    COLUMN_STALE(new RuleText("FRESH-COLUMN-STALE", Severity.ERROR, () -> Messages.FRESH_COLUMN_STALE)), //$NON-NLS-1$
    /** A column list page without items. */
    COLUMN_EMPTY(new RuleText("FRESH-COLUMN-EMPTY", Severity.ERROR, () -> Messages.FRESH_COLUMN_EMPTY)); //$NON-NLS-1$

    private final RuleText text;

    FreshnessRule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
