package org.govsite.audit.links;

import org.govsite.audit.AuditRule;
import org.govsite.audit.Messages;
import org.govsite.audit.RuleText;
import org.govsite.model.validation.Severity;

/** The link-health rules (docs/rules.md, "Link health"). */
public enum LinkRule implements AuditRule {
    /** 4xx or 5xx answer, DNS, connect, TLS or timeout failure, too many redirects. */
    BROKEN(new RuleText("LINK-BROKEN", Severity.ERROR, () -> Messages.LINK_BROKEN)), //$NON-NLS-1$
    /** 429 Too Many Requests after every retry: the server limits the crawler, the link may work for people. */
    RATE_LIMITED(new RuleText("LINK-RATE-LIMITED", Severity.WARNING, () -> Messages.LINK_RATE_LIMITED)), //$NON-NLS-1$
    /** A working link reached over more redirects than {@code maxRedirectHops}. */
    REDIRECT_CHAIN(new RuleText("LINK-REDIRECT-CHAIN", Severity.WARNING, () -> Messages.LINK_REDIRECT_CHAIN)), //$NON-NLS-1$
    /** Redirects that come back to a URL already visited. */
    REDIRECT_LOOP(new RuleText("LINK-REDIRECT-LOOP", Severity.ERROR, () -> Messages.LINK_REDIRECT_LOOP)); //$NON-NLS-1$

    private final RuleText text;

    LinkRule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
