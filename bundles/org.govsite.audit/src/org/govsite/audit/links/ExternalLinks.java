package org.govsite.audit.links;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.govsite.audit.crawl.CheckedLink;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.crawl.Link;
import org.govsite.audit.crawl.Resolution;
import org.govsite.model.guide.GovernmentDomains;

/**
 * Links people follow ({@code a}, {@code area}) out of the site to a host that is not a government site, without a
 * leave-site prompt. Where the link leads is the last URL of its redirects (the link's own URL when it was not
 * requested). Government hosts are *.gov.cn, *.政务 and the {@code governmentHosts} (a host or a parent domain); the
 * page's own host and the hosts in scope are the site. The prompt is the link's markup (see the crawler's
 * {@code LinkExtractor}) or a URL of the link or its redirects matching a {@code leavePromptUrls} pattern.
 */
final class ExternalLinks {
    private final CrawlSettings settings;
    private final List<String> government = new ArrayList<>();

    ExternalLinks(CrawlSettings settings) {
        this.settings = settings;
        settings.governmentHosts().forEach(host -> government.add(host.toLowerCase(Locale.ROOT)));
    }

    /** @return the link leads to a non-government site and shows no leave-site prompt */
    boolean unprompted(CheckedLink checked) {
        Link link = checked.link();
        if (!link.element().equals("a") && !link.element().equals("area") || link.leavePrompt()) { //$NON-NLS-1$ //$NON-NLS-2$
            return false;
        }
        Resolution outcome = checked.outcome();
        List<URI> urls = outcome == null ? List.of(link.target())
                : outcome.chain().stream().map(hop -> hop.url()).toList();
        URI destination = urls.get(urls.size() - 1);
        String host = destination.getHost();
        if (host.equals(link.page().getHost()) || settings.hosts().stream().anyMatch(h -> h.split(":")[0].equals(host)) //$NON-NLS-1$
                || isGovernment(host)) {
            return false;
        }
        return urls.stream().noneMatch(url -> settings.leavePromptUrls().stream()
                .anyMatch(pattern -> pattern.matcher(url.toString()).find()));
    }

    private boolean isGovernment(String host) {
        return GovernmentDomains.isGovernmentHost(host)
                || government.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain)); //$NON-NLS-1$
    }
}
