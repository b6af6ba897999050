package org.govsite.audit.content;

import org.govsite.audit.AuditRule;
import org.govsite.audit.Messages;
import org.govsite.audit.RuleText;
import org.govsite.model.validation.Severity;

/** The content rules of one crawled page (docs/rules.md, "Page content"). */
public enum ContentRule implements AuditRule {
    /** A site tag (SiteName, SiteDomain, SiteIDCode) missing or empty. */
    TAGS_SITE(new RuleText("PAGE-TAGS-SITE", Severity.WARNING, () -> Messages.PAGE_TAGS_SITE)), //$NON-NLS-1$
    /** A column tag missing or empty on a column or article page. */
    TAGS_COLUMN(new RuleText("PAGE-TAGS-COLUMN", Severity.WARNING, () -> Messages.PAGE_TAGS_COLUMN)), //$NON-NLS-1$
    /** An article tag missing or empty on an article page. */
    TAGS_ARTICLE(new RuleText("PAGE-TAGS-ARTICLE", Severity.WARNING, () -> Messages.PAGE_TAGS_ARTICLE)), //$NON-NLS-1$
    /** PubDate not in the form YYYY-MM-DD HH:MM. */
    PUBDATE_FORMAT(new RuleText("PAGE-PUBDATE-FORMAT", Severity.WARNING, () -> Messages.PAGE_PUBDATE_FORMAT)), //$NON-NLS-1$
    /** SiteIDCode not a 政府网站标识码. */
    SITE_ID_CODE(new RuleText("PAGE-SITE-ID-CODE", Severity.ERROR, () -> Messages.PAGE_SITE_ID_CODE)), //$NON-NLS-1$
    /** An article page not showing its source (信息来源). */
    SOURCE_SHOWN(new RuleText("PAGE-SOURCE-SHOWN", Severity.WARNING, () -> Messages.PAGE_SOURCE_SHOWN)), //$NON-NLS-1$
    /** The page not showing 标识码, ICP record or public-security record number. */
    FOOTER_IDENTITY(new RuleText("PAGE-FOOTER-IDENTITY", Severity.ERROR, () -> Messages.PAGE_FOOTER_IDENTITY)), //$NON-NLS-1$
    /** An image without alt text. */
    IMAGE_ALT(new RuleText("PAGE-IMAGE-ALT", Severity.WARNING, () -> Messages.PAGE_IMAGE_ALT)), //$NON-NLS-1$
    /** A link made invisible (暗链). */
    HIDDEN_LINK(new RuleText("PAGE-HIDDEN-LINK", Severity.ERROR, () -> Messages.PAGE_HIDDEN_LINK)), //$NON-NLS-1$
    /** A word of the sensitive-word list in the visible text. */
    SENSITIVE_WORD(new RuleText("PAGE-SENSITIVE-WORD", Severity.ERROR, () -> Messages.PAGE_SENSITIVE_WORD)), //$NON-NLS-1$
    /** A wrong form of the built-in or the user's typo dictionary in the visible text. */
    TYPO(new RuleText("PAGE-TYPO", Severity.WARNING, () -> Messages.PAGE_TYPO)), //$NON-NLS-1$
    /** A wrong name of the state, the Party or a state organ (严重表述错误) in the visible text. */
    TYPO_SERIOUS(new RuleText("PAGE-TYPO-SERIOUS", Severity.ERROR, () -> Messages.PAGE_TYPO_SERIOUS)), //$NON-NLS-1$
    /** The 标识码 shown in the footer differs from the SiteIDCode tag. */
    FOOTER_ID_MISMATCH(new RuleText("PAGE-FOOTER-ID-MISMATCH", Severity.ERROR, () -> Messages.PAGE_FOOTER_ID_MISMATCH)); //$NON-NLS-1$

    private final RuleText text;

    ContentRule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
