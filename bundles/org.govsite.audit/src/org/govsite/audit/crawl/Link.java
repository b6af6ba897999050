package org.govsite.audit.crawl;

import java.net.URI;

/**
 * A reference from a page to a URL.
 *
 * @param page the page holding it (its URL after redirects)
 * @param target the URL referred to, normalized, without fragment
 * @param element the element's name: a, area, frame, iframe, img, script, link, audio, video, source, embed
 * @param text the anchor text (the alt text for an image), stripped; may be empty
 * @param fragment the fragment the reference named (decoded, without {@code #}); empty when none
 * @param embedded the page loads the target as part of itself (image, script, style sheet, frame, media), as
 *        opposed to a link people follow
 * @param leavePrompt the element or an ancestor carries a leave-site prompt (see {@link LinkExtractor})
 */
public record Link(URI page, URI target, String element, String text, String fragment, boolean embedded,
        boolean leavePrompt) {

    /** @return a link the crawler follows to read another page (not an embedded resource) */
    public boolean navigates() {
        return switch (element) {
            case "a", "area", "frame", "iframe" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            default -> false;
        };
    }
}
