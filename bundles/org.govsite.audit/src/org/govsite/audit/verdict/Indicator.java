package org.govsite.audit.verdict;

import org.govsite.audit.AuditRule;
import org.govsite.audit.Messages;
import org.govsite.audit.RuleText;
import org.govsite.model.validation.Severity;

/**
 * The items of 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号) an audit can judge (docs/rules.md, "Verdict"): single-veto
 * items fail a site outright, deductions take points from 100.
 */
public enum Indicator implements AuditRule {
    /** 单项否决: serious content problems, here sensitive words, injected hidden links and serious wording errors. */
    VETO_SERIOUS_CONTENT(new RuleText("VETO-SERIOUS-CONTENT", Severity.ERROR, () -> Messages.VETO_SERIOUS_CONTENT)), //$NON-NLS-1$
    /** 扣分: a broken link, on the home page or elsewhere. */
    DEDUCT_BROKEN_LINK(new RuleText("DEDUCT-BROKEN-LINK", Severity.WARNING, () -> Messages.DEDUCT_BROKEN_LINK)), //$NON-NLS-1$
    /** 单项否决: the site cannot be reached; here, as far as one audit sees it, the home page could not be read. */
    VETO_SITE_UNREACHABLE(new RuleText("VETO-SITE-UNREACHABLE", Severity.ERROR, () -> Messages.VETO_SITE_UNREACHABLE)), //$NON-NLS-1$
    /** 单项否决: the home page not updated for 2 weeks. */
    VETO_HOME_STALE(new RuleText("VETO-HOME-STALE", Severity.ERROR, () -> Messages.VETO_HOME_STALE)), //$NON-NLS-1$
    /** 单项否决: 5 or more news, notice or policy columns not updated in time. */
    VETO_COLUMNS_STALE(new RuleText("VETO-COLUMNS-STALE", Severity.ERROR, () -> Messages.VETO_COLUMNS_STALE)), //$NON-NLS-1$
    /** 单项否决: 10 or more columns that should be updated and are not. */
    VETO_COLUMNS_NOT_UPDATED(new RuleText("VETO-COLUMNS-NOT-UPDATED", Severity.ERROR, //$NON-NLS-1$
            () -> Messages.VETO_COLUMNS_NOT_UPDATED)),
    /** 单项否决: 5 or more empty columns. */
    VETO_COLUMNS_EMPTY(new RuleText("VETO-COLUMNS-EMPTY", Severity.ERROR, () -> Messages.VETO_COLUMNS_EMPTY)), //$NON-NLS-1$
    /** 扣分: the first-level policy documents column not updated for 6 months. */
    DEDUCT_POLICY_STALE(new RuleText("DEDUCT-POLICY-STALE", Severity.WARNING, () -> Messages.DEDUCT_POLICY_STALE)); //$NON-NLS-1$

    private final RuleText text;

    Indicator(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }

    /** @return whether this item fails the site outright */
    public boolean veto() {
        return name().startsWith("VETO_"); //$NON-NLS-1$
    }
}
