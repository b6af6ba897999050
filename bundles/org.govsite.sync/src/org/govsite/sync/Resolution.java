package org.govsite.sync;

/** How the operator resolves a {@link Conflict}. */
public enum Resolution {
    /** Push my edit again, now based on the server's version (the operator saw theirs and overrides it). */
    KEEP_MINE,
    /** Drop my edit; the server's version stays. */
    TAKE_THEIRS,
    /** Push the merged data the operator made from both, based on the server's version. */
    MERGE
}
