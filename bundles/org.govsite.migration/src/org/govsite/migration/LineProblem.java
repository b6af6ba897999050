package org.govsite.migration;

/**
 * A line of an input file (a mapping CSV, a known-URL list) that could not be used, and why.
 *
 * @param line the line number, 1 for the first line of the file (the header)
 * @param message what is wrong, localized
 */
public record LineProblem(int line, String message) {

    @Override
    public String toString() {
        return line + ": " + message; //$NON-NLS-1$
    }
}
