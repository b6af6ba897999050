package org.govsite.audit.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.audit.export.Texts;

/**
 * A monitor writing one numbered line per sub-task (the crawler names each page read, the migration's import each
 * article), for standard error; cancelling it stops the job. Used by {@code govsite audit} and {@code govsite migrate}.
 */
public final class ProgressLines extends NullProgressMonitor {
    private final PrintStream lines;
    private final Texts text;
    private int pages;

    /**
     * @param lines where the lines go
     * @param text the messages of this package ({@code Progress}), in the command line's language
     */
    public ProgressLines(PrintStream lines, Texts text) {
        this.lines = lines;
        this.text = text;
    }

    @Override
    public synchronized void subTask(String name) {
        pages++;
        lines.println(text.get("Progress", Integer.valueOf(pages), name)); //$NON-NLS-1$
    }
}
