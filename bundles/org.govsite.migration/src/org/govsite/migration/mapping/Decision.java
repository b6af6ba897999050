package org.govsite.migration.mapping;

import java.net.URI;

/**
 * What the mapping decided for one old URL.
 *
 * @param outcome redirect, archive or unresolved
 * @param column the target column (REDIRECT), else empty
 * @param address the new address (REDIRECT) or the archive link (ARCHIVE), else {@code null}
 * @param rule the index of the rule that decided, or -1 when no rule matched (UNRESOLVED)
 */
public record Decision(Outcome outcome, String column, URI address, int rule) {

    /** The decision for a URL no rule matches. */
    public static final Decision UNMATCHED = new Decision(Outcome.UNRESOLVED, "", null, -1); //$NON-NLS-1$
}
