package org.govsite.audit.freshness;

import java.util.List;

/**
 * A category of columns with its update limit, recognised by keywords in the ColumnType tag or, failing that, in the
 * column name.
 *
 * @param id the category's id, e.g. {@code news}
 * @param maxAgeDays the newest item may be at most this many days old; 0: no limit (only emptiness is checked)
 * @param keywords any of them in ColumnType (or the name) puts the column in this category
 */
public record ColumnCategory(String id, int maxAgeDays, List<String> keywords) {

    public ColumnCategory {
        keywords = List.copyOf(keywords);
    }

    /** @return whether the text holds one of the keywords */
    public boolean matches(String text) {
        return keywords.stream().anyMatch(text::contains);
    }
}
