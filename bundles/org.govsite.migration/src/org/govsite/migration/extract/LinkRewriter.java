package org.govsite.migration.extract;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.audit.crawl.Urls;
import org.jsoup.nodes.Element;

/**
 * Rewrites the links inside a body at extraction: attachments to their digest addresses; links to other pages of
 * the old site (same host and port) made absolute, the old URL normalised with its fragment, so that the import can
 * point them at the addresses the platform publishes the pages at (their dates and columns are known only once the
 * whole site is planned). Links to other sites and links to a fragment of the page itself are left as written.
 */
final class LinkRewriter {
    private static final String[][] ATTRIBUTES = { { "a[href]", "href" }, { "img[src]", "src" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private LinkRewriter() {
    }

    /**
     * @param body the body element (changed in place)
     * @param page the page's URL
     * @param attachments digest addresses by old attachment URL ({@code null} for one not kept: its link is made
     *        absolute)
     * @return the old site's pages the body links to ({@code a href}), normalised, in document order, once each
     */
    static List<URI> rewrite(Element body, URI page, Map<URI, URI> attachments) {
        Set<URI> pages = new LinkedHashSet<>();
        for (String[] kind : ATTRIBUTES) {
            for (Element element : body.select(kind[0])) {
                String written = element.attr(kind[1]);
                String absolute = element.absUrl(kind[1]);
                URI target = written.startsWith("#") ? null : Urls.normalize(absolute); //$NON-NLS-1$
                if (target == null) {
                    continue;
                }
                URI attachment = attachments.get(target);
                if (attachment != null) {
                    element.attr(kind[1], attachment.toString());
                } else if (sameSite(page, target)) {
                    int hash = absolute.indexOf('#');
                    element.attr(kind[1], target + (hash < 0 ? "" : absolute.substring(hash))); //$NON-NLS-1$
                    if (kind[1].equals("href") && !attachments.containsKey(target)) { //$NON-NLS-1$
                        pages.add(target);
                    }
                }
            }
        }
        return List.copyOf(pages);
    }

    private static boolean sameSite(URI page, URI target) {
        return page.getHost().equalsIgnoreCase(target.getHost()) && page.getPort() == target.getPort();
    }
}
