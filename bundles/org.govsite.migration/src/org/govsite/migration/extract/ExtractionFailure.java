package org.govsite.migration.extract;

import org.govsite.migration.Messages;

/** Why no article could be extracted from a page read. */
public enum ExtractionFailure {
    /** No body element: neither the template's nor a known CMS layout's ({@link Layouts}). */
    NO_BODY(Messages.FailureNoBody),
    /** The body element holds no text and no image. */
    EMPTY_BODY(Messages.FailureEmptyBody),
    /** No title: no template element, ArticleTitle tag, heading or {@code <title>}. */
    NO_TITLE(Messages.FailureNoTitle);

    private final String reason;

    ExtractionFailure(String reason) {
        this.reason = reason;
    }

    /** @return the localized reason */
    public String reason() {
        return reason;
    }
}
