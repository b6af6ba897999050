package org.govsite.server;

/** The server cannot start or the command line is wrong; the message is localized and says what to do. */
public class ServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
