package org.govsite.ui.oplog;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.govsite.client.LogEntry;
import org.govsite.client.LogPage;
import org.govsite.client.PlatformClient;
import org.govsite.ui.Messages;

/**
 * Reads the whole operation log page by page ({@code GET /api/v1/log}, 1,000 entries a page) and checks its hash
 * chain on the way; cancel stops between pages. The server offers no filters, so the view filters what was read.
 */
public final class OperationLogReader {

    static final int PAGE = 1000;

    /** The entries read, in seq order, and the chain check over all of them. */
    public record Log(List<LogEntry> entries, LogChain.Result chain) {
    }

    private OperationLogReader() {
    }

    public static Log read(PlatformClient client, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Log_reading, IProgressMonitor.UNKNOWN);
        List<LogEntry> entries = new ArrayList<>();
        LogChain chain = new LogChain();
        long after = 0;
        LogPage page;
        do {
            progress.setWorkRemaining(100).split(1);
            page = client.log(after, PAGE);
            entries.addAll(page.entries());
            chain.add(page.entries());
            after = page.next(after);
        } while (page.entries().size() == PAGE);
        return new Log(List.copyOf(entries), chain.result());
    }
}
