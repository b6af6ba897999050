package org.govsite.audit.history;

/** What an operator decided about a finding. */
public enum DecisionKind {
    /** The problem is real and accepted as it is (e.g. a link the site cannot change). */
    ACCEPTED,
    /** The finding is wrong: the audit saw a problem where there is none. */
    FALSE_ALARM
}
