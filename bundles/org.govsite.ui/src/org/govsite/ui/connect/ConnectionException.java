package org.govsite.ui.connect;

/** A connection could not be stored, read or used; the message is localized and says what to do. */
public final class ConnectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    public ConnectionException(String message) {
        super(message);
    }
}
