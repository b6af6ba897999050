package org.govsite.migration.batch;

/** A batch's files cannot be read or its settings cannot run: the localized message says which and why. */
public final class BatchException extends Exception {
    private static final long serialVersionUID = 1L;

    public BatchException(String message) {
        super(message);
    }
}
