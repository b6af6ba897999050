package org.govsite.ui.session;

/**
 * A part that keeps its own files beside the platform (the annual report editor, the supervision report): saved by
 * its part's Save handler, and offered with the platform when the workbench closes ({@link ExitConfirmation}).
 */
public interface OwnFilesPart {

    /**
     * Saves what the part keeps when it changed.
     *
     * @return false when it could not be saved (the reason shown; the part stays dirty and loses nothing)
     */
    boolean save();
}
