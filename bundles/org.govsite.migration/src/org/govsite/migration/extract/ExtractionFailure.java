package org.govsite.migration.extract;

import org.govsite.migration.Messages;

/** Why no article could be extracted from a page read. */
public enum ExtractionFailure {
    /**
     * Not an article but a home or column page: its path ends in {@code /} (a directory's index page), or it carries
     * the ColumnName page tag and no article tag. Reported apart from the failures.
     */
    NOT_ARTICLE(Messages.FailureNotArticle),
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
