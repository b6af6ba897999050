package org.govsite.migration.mapping;

import java.net.URI;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import org.govsite.migration.Messages;

/**
 * One mapping rule: old URLs matching {@code pattern} end as {@code outcome}.
 *
 * @param pattern the old URLs it applies to
 * @param outcome what becomes of them
 * @param column the target column's id or path on the platform (REDIRECT only, else empty)
 * @param target for REDIRECT the new address, for ARCHIVE the archive link, as a template (empty for UNRESOLVED):
 *        {@code {name}} stands for the old URL's last path segment without its extension ({@code art_1_2} of
 *        {@code /art/art_1_2.html}), {@code {key}} for the old URL's migration key (its SM3 digest, 64 hex digits);
 *        the rest must be a valid URI (non-ASCII characters percent-encoded)
 */
public record MappingRule(UrlPattern pattern, Outcome outcome, String column, String target) {

    /**
     * @throws IllegalArgumentException when a REDIRECT lacks its column or target, an ARCHIVE its target, or the
     *         target is no valid URI
     */
    public MappingRule {
        Objects.requireNonNull(pattern);
        Objects.requireNonNull(outcome);
        column = column == null ? "" : column.strip(); //$NON-NLS-1$
        target = target == null ? "" : target.strip(); //$NON-NLS-1$
        if (outcome == Outcome.REDIRECT && (column.isEmpty() || target.isEmpty())) {
            throw new IllegalArgumentException(Messages.RuleRedirectIncomplete);
        }
        if (outcome == Outcome.ARCHIVE && target.isEmpty()) {
            throw new IllegalArgumentException(Messages.RuleArchiveIncomplete);
        }
        try {
            URI.create(target.replace("{name}", "name").replace("{key}", "key")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.RuleBadTarget, target), e);
        }
    }
}
