package org.govsite.audit.freshness;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A column as the freshness checks saw it: its list pages (the first one and those of the same name in the same
 * directory, e.g. {@code index_1.html}) taken together.
 *
 * @param page its first list page (the least deep, then the shortest URL)
 * @param name its ColumnName tag
 * @param category its category, when recognised
 * @param firstLevel whether the home page links to it (a first-level column, 一级栏目)
 * @param newest its newest item's date; empty when it has no item (an empty column)
 */
public record ColumnFreshness(URI page, String name, Optional<ColumnCategory> category, boolean firstLevel,
        Optional<LocalDate> newest) {

    /** @return whether its category is the given one */
    public boolean in(String categoryId) {
        return category.map(ColumnCategory::id).filter(categoryId::equals).isPresent();
    }
}
