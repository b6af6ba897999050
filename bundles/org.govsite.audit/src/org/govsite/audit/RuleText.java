package org.govsite.audit;

import java.util.function.Supplier;

import org.govsite.model.validation.Severity;

/**
 * What every audit rule has: its id (docs/rules.md), its severity and its localized message pattern, read from
 * {@link Messages} when asked so that the current locale's text is used.
 *
 * @param id the rule id, e.g. LINK-BROKEN
 * @param severity how bad a finding is
 * @param message the localized message pattern
 */
public record RuleText(String id, Severity severity, Supplier<String> message) {
}
