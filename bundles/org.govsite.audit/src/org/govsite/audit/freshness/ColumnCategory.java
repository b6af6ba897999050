package org.govsite.audit.freshness;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A category of columns with its update limit, recognised by keywords in the ColumnType tag or, failing that, in the
 * column name.
 *
 * @param id the category's id, e.g. {@code news}
 * @param maxAgeDays the newest item may be at most this many days old; 0: no limit (only emptiness is checked)
 * @param keywords any of them in ColumnType (or the name) puts the column in this category
 */
public record ColumnCategory(String id, int maxAgeDays, List<String> keywords) {
    /** A category's id: letters (Chinese too), digits, {@code _} and {@code -}. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_-]{1,40}"); //$NON-NLS-1$
    private static final Pattern DAYS = Pattern.compile("[0-9]{1,5}"); //$NON-NLS-1$

    public ColumnCategory {
        keywords = List.copyOf(keywords);
    }

    /**
     * Reads a category as it is written on the command line ({@code govsite audit --column-category}) and in the
     * workbench's audit settings: {@code ID:DAYS:KEYWORD[,KEYWORD...]}, e.g. {@code rsrm:90:人事任免,人事信息}; full-width
     * colons and commas too, blanks around the parts ignored; DAYS 0 means no limit.
     *
     * @return the category, or empty when {@code text} is not of that form
     */
    public static Optional<ColumnCategory> parse(String text) {
        String[] parts = text.replace('\uFF1A', ':').split(":", 3); //$NON-NLS-1$
        if (parts.length != 3 || !ID.matcher(parts[0].strip()).matches() || !DAYS.matcher(parts[1].strip()).matches()) {
            return Optional.empty();
        }
        List<String> keywords = Arrays.stream(parts[2].split("[,\uFF0C]")).map(String::strip) //$NON-NLS-1$
                .filter(keyword -> !keyword.isEmpty()).toList();
        return keywords.isEmpty() ? Optional.empty()
                : Optional.of(new ColumnCategory(parts[0].strip(), Integer.parseInt(parts[1].strip()), keywords));
    }

    /** @return the category as {@link #parse} reads it */
    public String written() {
        return id + ':' + maxAgeDays + ':' + String.join(",", keywords); //$NON-NLS-1$
    }

    /** @return whether the text holds one of the keywords */
    public boolean matches(String text) {
        return keywords.stream().anyMatch(text::contains);
    }
}
