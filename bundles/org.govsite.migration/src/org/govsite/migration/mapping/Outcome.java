package org.govsite.migration.mapping;

/** How an old URL ends (as GOV.UK Transition decides): redirected, archived or still to be decided. */
public enum Outcome {
    /** 301 to its new address in a platform column. */
    REDIRECT,
    /** 410 Gone with a link to its archived snapshot. */
    ARCHIVE,
    /** No decision yet: on the unresolved list. */
    UNRESOLVED
}
