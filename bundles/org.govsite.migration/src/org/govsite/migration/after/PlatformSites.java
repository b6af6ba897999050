package org.govsite.migration.after;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.govsite.client.PlatformClient;
import org.govsite.migration.Messages;
import org.govsite.protocol.PublishedPaths;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform's sites as a content editor reads them ({@code GET /api/v1/sites}): the new site and the superior
 * portal of a migration's notices, named by id, by a domain or by an address.
 */
public final class PlatformSites {
    /** A site on the platform: id, name, main domain (or null) and every domain (lower case). */
    public record Site(String id, String name, String mainDomain, List<String> domains) {
        /**
         * @param newSite the migration's new site address: given when the site has no main domain, its scheme taken
         *        when it names this site ({@code http} for a platform reached without TLS)
         * @return the site's home page as the platform publishes it (and shows in its notices)
         */
        public URI address(URI newSite) {
            return mainDomain == null ? newSite
                    : URI.create(PublishedPaths.siteUrl(PublishedPaths.schemeOf(domains, newSite), mainDomain, "/")); //$NON-NLS-1$
        }
    }

    private final List<Site> sites;

    private PlatformSites(List<Site> sites) {
        this.sites = sites;
    }

    /**
     * @return the platform's sites now
     * @throws org.govsite.client.ClientException when the platform cannot be read
     */
    public static PlatformSites read(PlatformClient client) {
        List<Site> sites = new ArrayList<>();
        for (JsonNode site : client.get("/api/v1/sites").path("sites")) { //$NON-NLS-1$ //$NON-NLS-2$
            String main = site.hasNonNull("mainDomain") ? site.path("mainDomain").asText() : null; //$NON-NLS-1$ //$NON-NLS-2$
            List<String> domains = new ArrayList<>();
            if (main != null) {
                domains.add(main.toLowerCase(Locale.ROOT));
            }
            site.path("aliases").forEach(alias -> domains.add(alias.asText().toLowerCase(Locale.ROOT))); //$NON-NLS-1$
            sites.add(new Site(site.path("id").asText(), site.path("name").asText(), main, domains)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new PlatformSites(sites);
    }

    /** @return every site, in the platform's order */
    public List<Site> sites() {
        return sites;
    }

    /**
     * @param ref a site's id, one of its domains ({@code www.prov.gov.cn}) or an address on it
     *        ({@code https://www.prov.gov.cn/})
     * @return the site
     * @throws IllegalArgumentException (localized message) when no site answers to {@code ref}
     */
    public Site find(String ref) {
        String host = host(ref);
        return sites.stream().filter(site -> site.id().equals(ref)).findFirst()
                .or(() -> sites.stream().filter(site -> site.domains().contains(host)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.NoticeNoSite, ref)));
    }

    /** @return the host {@code ref} names: an address's host, else {@code ref} itself, lower case */
    private static String host(String ref) {
        try {
            String host = new URI(ref).getHost();
            if (host != null) {
                return host.toLowerCase(Locale.ROOT);
            }
        } catch (URISyntaxException e) {
            // no address: a domain
        }
        return ref.toLowerCase(Locale.ROOT);
    }
}
