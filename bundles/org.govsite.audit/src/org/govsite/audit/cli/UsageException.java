package org.govsite.audit.cli;

/**
 * A usage error of a {@code govsite} command (unknown option, missing or wrong value), its message in the language the
 * command line chose. The command prints it with a hint to {@code --help} and exits 2, having read nothing.
 */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, for the operator */
    public UsageException(String message) {
        super(message);
    }
}
