package org.govsite.audit.freshness;

import java.time.LocalDate;
import java.util.Optional;

import org.govsite.audit.crawl.Page;

/**
 * What the freshness checks keep of one page read.
 *
 * @param page the page
 * @param kind home, column list, article or other page
 * @param columnName its ColumnName tag (empty when absent)
 * @param columnType its ColumnType tag (empty when absent)
 * @param items how many dated list items it shows
 * @param newestItem the newest date of its list items
 * @param pubDate the date of its PubDate tag (article pages)
 */
public record PageDates(Page page, Kind kind, String columnName, String columnType, int items,
        Optional<LocalDate> newestItem, Optional<LocalDate> pubDate) {

    /** A page's kind by its page tags (DOMAIN.md, "Page tags") and place. */
    public enum Kind {
        /** The page the crawl started from (after redirects). */
        HOME,
        /** A column (list) page: ColumnName and no article tag. */
        COLUMN,
        /** An article page: ArticleTitle or PubDate. */
        ARTICLE,
        /** Anything else. */
        OTHER
    }

    /** @return the newest date the page shows: its newest list item, else its PubDate */
    public Optional<LocalDate> newest() {
        return newestItem.or(() -> pubDate);
    }
}
