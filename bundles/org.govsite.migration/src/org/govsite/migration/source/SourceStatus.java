package org.govsite.migration.source;

import org.govsite.migration.Messages;

/** What became of one old URL when the source was read. */
public enum SourceStatus {
    /** Read as an HTML page. */
    FETCHED(Messages.StatusFetched),
    /** Redirected to a page reported under its own URL (the detail names it). */
    REDIRECTED(Messages.StatusRedirected),
    /** An HTTP error, a network failure, a redirect loop, or a file missing from the mirror (the detail says which). */
    UNREACHABLE(Messages.StatusUnreachable),
    /** Answered with something other than HTML (the detail names the type): a document, an image. */
    NOT_HTML(Messages.StatusNotHtml),
    /** Not requested: robots.txt or a crawl limit (the detail names it). */
    SKIPPED(Messages.StatusSkipped);

    private final String label;

    SourceStatus(String label) {
        this.label = label;
    }

    /** @return the localized label */
    public String label() {
        return label;
    }
}
