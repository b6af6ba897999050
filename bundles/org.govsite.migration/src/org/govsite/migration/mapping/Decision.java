package org.govsite.migration.mapping;

import java.net.URI;
import java.util.List;

/**
 * What the mapping decided for one old URL.
 *
 * @param outcome redirect, archive or unresolved
 * @param column the target column (REDIRECT), else empty
 * @param address the new address (REDIRECT) or the archive link (ARCHIVE), else {@code null}
 * @param rule the index of the rule that decided, or -1 when no rule matched (UNRESOLVED)
 * @param topics the topics the article is listed in (REDIRECT), else empty
 */
public record Decision(Outcome outcome, String column, URI address, int rule, List<String> topics) {

    /** The decision for a URL no rule matches. */
    public static final Decision UNMATCHED = new Decision(Outcome.UNRESOLVED, "", null, -1); //$NON-NLS-1$

    public Decision {
        topics = topics == null ? List.of() : List.copyOf(topics); // plans saved before topics have none
    }

    /** A decision listing the article in no topic. */
    public Decision(Outcome outcome, String column, URI address, int rule) {
        this(outcome, column, address, rule, List.of());
    }
}
