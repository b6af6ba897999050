package org.govsite.store.interchange;

/** An interchange file could not be written or read; the localized message names the file and the problem. */
public class InterchangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InterchangeException(String message) {
        super(message);
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
