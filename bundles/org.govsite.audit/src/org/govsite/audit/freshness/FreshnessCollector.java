package org.govsite.audit.freshness;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.govsite.audit.content.PageTags;
import org.govsite.audit.crawl.Page;
import org.govsite.audit.crawl.PageReader;
import org.jsoup.nodes.Document;

/**
 * Keeps, while the crawler reads each page, what the freshness checks need after the crawl: the page's kind, its
 * column tags, its list items' dates and its PubDate. Thread-safe, as a {@link PageReader} must be.
 */
public final class FreshnessCollector implements PageReader {
    private final Queue<PageDates> pages = new ConcurrentLinkedQueue<>();

    @Override
    public void read(Page page, Document document) {
        PageTags tags = PageTags.of(document);
        Dates.ListItems items = Dates.listItems(document);
        pages.add(new PageDates(page, kind(page, tags), tags.value("ColumnName"), tags.value("ColumnType"), //$NON-NLS-1$ //$NON-NLS-2$
                items.count(), items.newest(), Dates.first(tags.value("PubDate")))); //$NON-NLS-1$
    }

    /** @return the pages read so far */
    public List<PageDates> pages() {
        return List.copyOf(pages);
    }

    private static PageDates.Kind kind(Page page, PageTags tags) {
        if (page.depth() == 0) {
            return PageDates.Kind.HOME;
        }
        if (tags.article()) {
            return PageDates.Kind.ARTICLE;
        }
        return tags.column() ? PageDates.Kind.COLUMN : PageDates.Kind.OTHER;
    }
}
