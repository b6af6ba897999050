package org.govsite.audit.history;

import java.time.Instant;

/**
 * An operator's decision on a finding, kept by the finding's key so that every later run's same finding shows it.
 *
 * @param kind accepted or false alarm
 * @param reason why (never blank)
 * @param operator who decided
 * @param decidedAt when
 */
public record Decision(DecisionKind kind, String reason, String operator, Instant decidedAt) {

    public Decision {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason"); //$NON-NLS-1$
        }
    }
}
