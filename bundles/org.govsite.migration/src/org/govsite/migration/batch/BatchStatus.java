package org.govsite.migration.batch;

/** Where a migration batch stands. */
public enum BatchStatus {
    /** Being entered; nothing run yet. */
    DRAFT,
    /** A dry run finished; nothing imported. */
    DRY_RUN_DONE,
    /** An import is running (or was running when the workbench stopped: run it again to resume). */
    IMPORTING,
    /** The import ran to its end (failed articles, if any, are counted and can be imported again). */
    IMPORTED,
    /** The last run stopped on an error (its message is kept). */
    FAILED,
    /** The last run was cancelled; the journal keeps what was imported. */
    CANCELLED;

    /** @return the localized name */
    public String label() {
        return switch (this) {
            case DRAFT -> Messages.StatusDraft;
            case DRY_RUN_DONE -> Messages.StatusDryRunDone;
            case IMPORTING -> Messages.StatusImporting;
            case IMPORTED -> Messages.StatusImported;
            case FAILED -> Messages.StatusFailed;
            case CANCELLED -> Messages.StatusCancelled;
        };
    }
}
