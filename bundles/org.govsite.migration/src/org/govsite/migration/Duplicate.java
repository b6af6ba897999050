package org.govsite.migration;

import java.net.URI;
import java.util.List;

/**
 * Pages holding the same article: the same title and the same body text (SM3 digest), whether the site published it
 * twice or reached one article under two URLs.
 *
 * @param first the copy that is imported (the first in URL order)
 * @param others the other URLs, redirected to the first copy's new address
 * @param title their title
 */
public record Duplicate(URI first, List<URI> others, String title) {

    public Duplicate {
        others = List.copyOf(others);
    }
}
