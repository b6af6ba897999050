package org.govsite.client;

import java.util.List;

/** A page of {@code GET /api/v1/log?after=&limit=} (auditors), in seq order. */
public record LogPage(List<LogEntry> entries) {
    public LogPage {
        entries = List.copyOf(entries);
    }

    /** @return the seq to ask for the next page after this one ({@code after} if the page is empty) */
    public long next(long after) {
        return entries.isEmpty() ? after : entries.get(entries.size() - 1).seq();
    }
}
