package org.govsite.audit.crawl;

import java.util.regex.Pattern;

/**
 * Which style sheets and {@code @media} blocks apply to what every visitor sees: the one rule for the crawl's
 * external sheets ({@code <link media>}) and the hidden-link check's cascade ({@code <style media>}, {@code @media}).
 */
public final class MediaQueries {
    private static final Pattern SCREEN = Pattern.compile("(only\\s+)?(all|screen)|not\\s+(print|speech)", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);

    private MediaQueries() {
    }

    /**
     * @param queries a media query list ({@code media} attribute, {@code @media} prelude); blank: none
     * @return whether it applies to every visitor's screen: none given, or one query that is {@code all} or
     *         {@code screen} (with {@code only}) or {@code not print}; a query with conditions on the viewport
     *         ({@code (max-width: 600px)}: a phone's layout) does not, nor {@code print} or {@code speech}
     */
    public static boolean onScreen(String queries) {
        if (queries.isBlank()) {
            return true;
        }
        for (String query : queries.split(",")) { //$NON-NLS-1$
            if (SCREEN.matcher(query.strip()).matches()) {
                return true;
            }
        }
        return false;
    }
}
