package org.govsite.server.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.govsite.model.guide.GovernmentDomains;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The leave-site prompt of the Guide (国办发〔2017〕47号 附件 二（二）外部链接: 打开非政府网站链接时，应有提示信息): a link of a
 * published article to a site that is neither this one nor a government site ({@link GovernmentDomains}) asks before
 * it leaves ({@code onclick} with {@code confirm}, the class {@value #OUTLINK}) and opens apart, without the page as
 * referrer. Its address stays the external one, so that link checks still reach it.
 */
final class LeavePrompts {
    /** The class of a link that leaves for a non-government site. */
    static final String OUTLINK = "govsite-outlink"; //$NON-NLS-1$

    private LeavePrompts() {
    }

    /**
     * Puts the prompt on each link of {@code body} to a non-government site.
     *
     * @param body an article body as cleaned for publishing, its relative links resolving against its base URI
     * @param ownHosts the site's main domain and aliases, lower case
     */
    static void mark(Document body, Set<String> ownHosts) {
        for (Element link : body.select("a[href]")) { //$NON-NLS-1$
            String host = host(link.absUrl("href")); //$NON-NLS-1$
            if (host != null && !ownHosts.contains(host) && !GovernmentDomains.isGovernmentHost(host)) {
                link.addClass(OUTLINK).attr("target", "_blank").attr("rel", "noopener noreferrer") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .attr("onclick", "return confirm('" + PageText.get("leavePrompt") + "');"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
    }

    /** @return the lower-case host of an http(s) address, else {@code null} */
    private static String host(String address) {
        try {
            URI uri = new URI(address);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()); //$NON-NLS-1$ //$NON-NLS-2$
            return web && uri.getHost() != null ? uri.getHost().toLowerCase(Locale.ROOT) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
