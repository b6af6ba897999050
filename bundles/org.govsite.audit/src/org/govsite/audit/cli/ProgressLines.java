package org.govsite.audit.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.audit.export.Texts;

/** A monitor writing one line per page read (the crawler names each page as a sub-task), for stderr. */
final class ProgressLines extends NullProgressMonitor {
    private final PrintStream lines;
    private final Texts text;
    private int pages;

    ProgressLines(PrintStream lines, Texts text) {
        this.lines = lines;
        this.text = text;
    }

    @Override
    public synchronized void subTask(String name) {
        pages++;
        lines.println(text.get("Progress", Integer.valueOf(pages), name)); //$NON-NLS-1$
    }
}
