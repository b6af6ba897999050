package org.govsite.report.logs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the access-log lines read were.
 *
 * @param counted page views counted
 * @param excluded requests that are not page views (method, status, static file, bot)
 * @param otherYear requests outside the report's year
 * @param unattributed lines without a virtual host in a file given no host
 * @param malformed lines that do not parse
 * @param examples the first malformed lines as {@code file:line}
 */
public record LogSummary(long counted, long excluded, long otherYear, long unattributed, long malformed,
        List<String> examples) {
    /** Malformed lines named in {@link #examples}. */
    static final int EXAMPLES = 10;

    /** The running counts behind a summary. */
    static final class Counter {
        private long counted;
        private long excluded;
        private long otherYear;
        private long unattributed;
        private long malformed;
        private final List<String> examples = new ArrayList<>();

        void counted() {
            counted++;
        }

        void excluded() {
            excluded++;
        }

        void otherYear() {
            otherYear++;
        }

        void unattributed() {
            unattributed++;
        }

        void malformed(Path file, long line) {
            malformed++;
            if (examples.size() < EXAMPLES) {
                examples.add(file.getFileName() + ":" + line); //$NON-NLS-1$
            }
        }

        LogSummary snapshot() {
            return new LogSummary(counted, excluded, otherYear, unattributed, malformed, List.copyOf(examples));
        }
    }
}
