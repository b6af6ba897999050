package org.govsite.client;

import java.util.List;

/**
 * The answer of {@code POST /api/v1/sites/{id}/publish} (content reviewers): the site's pages as now served.
 *
 * @param site the site's id
 * @param generation the id of the generation of pages now served
 * @param pages how many HTML pages it has
 * @param rendered how many of them were rendered anew (the others were unchanged since the site's previous publish)
 * @param hosts the host names that serve it: the main domain and the aliases
 * @param publishedAt when, Unix seconds
 */
public record PublishedSite(String site, String generation, int pages, int rendered, List<String> hosts, long publishedAt) {
}
