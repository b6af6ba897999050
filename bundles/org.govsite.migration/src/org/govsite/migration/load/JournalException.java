package org.govsite.migration.load;

/** The import journal cannot be read (a damaged line) or written; the message is localized. */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
