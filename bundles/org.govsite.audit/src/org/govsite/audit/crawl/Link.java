package org.govsite.audit.crawl;

import java.net.URI;

/**
 * A reference from a page to a URL.
 *
 * @param page the page holding it (its URL after redirects)
 * @param target the URL referred to, normalized, without fragment
 * @param element the element's name: a, area, frame, iframe, img, script, link
 * @param text the anchor text (the alt text for an image), stripped; may be empty
 */
public record Link(URI page, URI target, String element, String text) {

    /** @return a link the crawler follows to read another page (not an embedded resource) */
    public boolean navigates() {
        return switch (element) {
            case "a", "area", "frame", "iframe" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            default -> false;
        };
    }
}
