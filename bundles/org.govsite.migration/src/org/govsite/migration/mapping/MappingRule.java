package org.govsite.migration.mapping;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

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
 * @param topics the platform's topics (专题) the imported articles are listed in, each an id or a name (REDIRECT only,
 *        else empty; a legacy site's 专题 section into the platform's topic)
 */
public record MappingRule(UrlPattern pattern, Outcome outcome, String column, String target, List<String> topics) {

    /**
     * @throws IllegalArgumentException when a REDIRECT lacks its column or target, an ARCHIVE its target, or the
     *         target is no valid URI
     */
    public MappingRule {
        Objects.requireNonNull(pattern);
        Objects.requireNonNull(outcome);
        column = column == null ? "" : column.strip(); //$NON-NLS-1$
        target = target == null ? "" : target.strip(); //$NON-NLS-1$
        topics = topics == null ? List.of() : topics.stream().map(String::strip).filter(topic -> !topic.isEmpty())
                .distinct().toList();
        if (outcome != Outcome.REDIRECT && !topics.isEmpty()) {
            throw new IllegalArgumentException(Messages.RuleTopicsNotImported);
        }
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

    /** A rule whose articles are listed in no topic. */
    public MappingRule(UrlPattern pattern, Outcome outcome, String column, String target) {
        this(pattern, outcome, column, target, List.of());
    }

    /**
     * @param columnId a column (an id or a path) to the platform's column id
     * @param topicId a topic (an id or a name) to the platform's topic id
     * @return a REDIRECT rule with its column and topics as the platform's ids, any other rule as it is
     * @throws IllegalArgumentException (from the functions: the localized reason) when one does not resolve
     */
    public MappingRule resolve(UnaryOperator<String> columnId, UnaryOperator<String> topicId) {
        return outcome != Outcome.REDIRECT ? this
                : new MappingRule(pattern, outcome, columnId.apply(column), target, topics.stream().map(topicId).toList());
    }
}
