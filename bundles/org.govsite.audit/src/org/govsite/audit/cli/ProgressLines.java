package org.govsite.audit.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** A monitor writing one line per page read (the crawler names each page as a sub-task), for stderr. */
final class ProgressLines extends NullProgressMonitor {
    private final PrintStream lines;
    private final CliText text;
    private int pages;

    ProgressLines(PrintStream lines, CliText text) {
        this.lines = lines;
        this.text = text;
    }

    @Override
    public synchronized void subTask(String name) {
        pages++;
        lines.println(text.get("Progress", Integer.valueOf(pages), name)); //$NON-NLS-1$
    }
}
