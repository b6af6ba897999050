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
    /** 单项否决: serious content problems, here sensitive words and injected hidden links. */
    VETO_SERIOUS_CONTENT(new RuleText("VETO-SERIOUS-CONTENT", Severity.ERROR, () -> Messages.VETO_SERIOUS_CONTENT)), //$NON-NLS-1$
    /** 扣分: a broken link, on the home page or elsewhere. */
    DEDUCT_BROKEN_LINK(new RuleText("DEDUCT-BROKEN-LINK", Severity.WARNING, () -> Messages.DEDUCT_BROKEN_LINK)); //$NON-NLS-1$

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
