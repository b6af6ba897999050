package org.govsite.sync;

/**
 * A {@link SyncRemote} call could not reach the server (connection refused, timeout, name not found). The engine
 * stops, keeps what it has not done for next time and reports {@link SyncResult#offline()}.
 */
public class OfflineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
