package org.govsite.audit;

import org.govsite.model.validation.Severity;

/** An audit rule (docs/rules.md): the link and content rule enums, each constant with its {@link RuleText}. */
public interface AuditRule {

    RuleText text();

    /** @return the rule id, e.g. LINK-BROKEN */
    default String id() {
        return text().id();
    }

    default Severity severity() {
        return text().severity();
    }

    /** @return the localized message pattern in the current locale (its arguments: see the finding's message) */
    default String message() {
        return text().message().get();
    }
}
