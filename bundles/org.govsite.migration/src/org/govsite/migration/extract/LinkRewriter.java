package org.govsite.migration.extract;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.govsite.audit.crawl.Urls;
import org.jsoup.nodes.Element;

/**
 * Rewrites the links inside a body: attachments to their digest addresses, links to other pages of the old site
 * (same host and port) to their new addresses when the mapping redirects them. Links the mapping does not redirect
 * (archived, unresolved) and links to other sites are left as written.
 */
final class LinkRewriter {
    private static final String[][] ATTRIBUTES = { { "a[href]", "href" }, { "img[src]", "src" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private LinkRewriter() {
    }

    /**
     * @param body the body element (changed in place)
     * @param page the page's URL
     * @param attachments digest addresses by old attachment URL
     * @param pages the new address of an old page URL, when it is redirected
     */
    static void rewrite(Element body, URI page, Map<URI, URI> attachments, Function<URI, Optional<URI>> pages) {
        for (String[] kind : ATTRIBUTES) {
            for (Element element : body.select(kind[0])) {
                URI target = Urls.normalize(element.absUrl(kind[1]));
                if (target == null) {
                    continue;
                }
                URI address = attachments.containsKey(target) ? attachments.get(target)
                        : sameSite(page, target) ? pages.apply(target).orElse(null) : null;
                if (address != null) {
                    element.attr(kind[1], address.toString());
                }
            }
        }
    }

    private static boolean sameSite(URI page, URI target) {
        return page.getHost().equalsIgnoreCase(target.getHost()) && page.getPort() == target.getPort();
    }
}
