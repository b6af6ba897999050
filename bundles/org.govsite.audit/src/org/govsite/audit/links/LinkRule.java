package org.govsite.audit.links;

import java.util.function.Supplier;

import org.govsite.audit.Messages;
import org.govsite.model.validation.Severity;

/** The link-health rules (docs/rules.md, "Link health"). */
public enum LinkRule {
    /** 4xx or 5xx answer, DNS, connect, TLS or timeout failure, too many redirects. */
    BROKEN("LINK-BROKEN", Severity.ERROR, () -> Messages.LINK_BROKEN), //$NON-NLS-1$
    /** 429 Too Many Requests after every retry: the server limits the crawler, the link may work for people. */
    RATE_LIMITED("LINK-RATE-LIMITED", Severity.WARNING, () -> Messages.LINK_RATE_LIMITED), //$NON-NLS-1$
    /** A working link reached over more redirects than {@code maxRedirectHops}. */
    REDIRECT_CHAIN("LINK-REDIRECT-CHAIN", Severity.WARNING, () -> Messages.LINK_REDIRECT_CHAIN), //$NON-NLS-1$
    /** Redirects that come back to a URL already visited. */
    REDIRECT_LOOP("LINK-REDIRECT-LOOP", Severity.ERROR, () -> Messages.LINK_REDIRECT_LOOP); //$NON-NLS-1$

    private final String id;
    private final Severity severity;
    private final Supplier<String> message;

    LinkRule(String id, Severity severity, Supplier<String> message) {
        this.id = id;
        this.severity = severity;
        this.message = message;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** @return the localized message pattern: {0} the target, {1} the evidence */
    String message() {
        return message.get();
    }
}
