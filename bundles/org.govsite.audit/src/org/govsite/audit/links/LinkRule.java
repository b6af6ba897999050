package org.govsite.audit.links;

import org.govsite.audit.AuditRule;
import org.govsite.audit.Messages;
import org.govsite.audit.RuleText;
import org.govsite.model.validation.Severity;

/**
 * The link-health rules, the page budgets measured by the crawl and the site's IPv6 reach (docs/rules.md, "Link
 * health").
 */
public enum LinkRule implements AuditRule {
    /** 4xx or 5xx answer, DNS, connect, TLS or timeout failure, too many redirects. */
    BROKEN(new RuleText("LINK-BROKEN", Severity.ERROR, () -> Messages.LINK_BROKEN)), //$NON-NLS-1$
    /** 429 Too Many Requests after every retry: the server limits the crawler, the link may work for people. */
    RATE_LIMITED(new RuleText("LINK-RATE-LIMITED", Severity.WARNING, () -> Messages.LINK_RATE_LIMITED)), //$NON-NLS-1$
    /** A working link reached over more redirects than {@code maxRedirectHops}. */
    REDIRECT_CHAIN(new RuleText("LINK-REDIRECT-CHAIN", Severity.WARNING, () -> Messages.LINK_REDIRECT_CHAIN)), //$NON-NLS-1$
    /** Redirects that come back to a URL already visited. */
    REDIRECT_LOOP(new RuleText("LINK-REDIRECT-LOOP", Severity.ERROR, () -> Messages.LINK_REDIRECT_LOOP)), //$NON-NLS-1$
    /** A link whose #fragment names no id or a[name] of the in-scope page it leads to (when fragments are checked). */
    FRAGMENT_MISSING(new RuleText("LINK-FRAGMENT-MISSING", Severity.WARNING, () -> Messages.LINK_FRAGMENT_MISSING)), //$NON-NLS-1$
    /** An answer servers give robots they turn away (403, 412, 999 by default): people may get through. */
    SOFT_BLOCKED(new RuleText("LINK-SOFT-BLOCKED", Severity.WARNING, () -> Messages.LINK_SOFT_BLOCKED)), //$NON-NLS-1$
    /** An https page embedding an http resource (image, script, style sheet, frame, media). */
    MIXED_CONTENT(new RuleText("LINK-MIXED-CONTENT", Severity.WARNING, () -> Messages.LINK_MIXED_CONTENT)), //$NON-NLS-1$
    /** A link to a site that is not a government site, without a leave-site prompt. */
    EXTERNAL_NO_PROMPT(new RuleText("LINK-EXTERNAL-NO-PROMPT", Severity.WARNING, //$NON-NLS-1$
            () -> Messages.LINK_EXTERNAL_NO_PROMPT)),
    /** An image larger than {@code maxImageBytes}. */
    IMAGE_SIZE(new RuleText("PAGE-IMAGE-SIZE", Severity.WARNING, () -> Messages.PAGE_IMAGE_SIZE)), //$NON-NLS-1$
    /** A page whose own GET took longer than {@code maxLoadTime}. */
    LOAD_TIME(new RuleText("PAGE-LOAD-TIME", Severity.WARNING, () -> Messages.PAGE_LOAD_TIME)), //$NON-NLS-1$
    /** The home page's host name has no IPv6 address, or its home page does not answer over IPv6. */
    IPV6(new RuleText("SITE-IPV6", Severity.WARNING, () -> Messages.SITE_IPV6)); //$NON-NLS-1$

    private final RuleText text;

    LinkRule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
