package org.govsite.migration.after;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.govsite.client.PlatformClient;
import org.govsite.migration.Messages;
import org.govsite.protocol.PublishedPaths;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform's sites as a content editor reads them ({@code GET /api/v1/sites}, with {@code /organisations} for who
 * is whose superior): the new site and the superior portal of a migration's notices, named by id, by a domain or by
 * an address.
 */
public final class PlatformSites {
    private static final String PORTAL = "PORTAL"; //$NON-NLS-1$

    /**
     * A site on the platform: id, name, main domain (or null), every domain (lower case), its kind ({@code PORTAL},
     * ...) and its host organisation's id.
     */
    public record Site(String id, String name, String mainDomain, List<String> domains, String kind, String host) {
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
    private final Map<String, String> superiors;

    /** @param superiors organisation id to its superior's id, for those that have one */
    public PlatformSites(List<Site> sites, Map<String, String> superiors) {
        this.sites = List.copyOf(sites);
        this.superiors = Map.copyOf(superiors);
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
            sites.add(new Site(site.path("id").asText(), site.path("name").asText(), main, domains, //$NON-NLS-1$ //$NON-NLS-2$
                    site.path("kind").asText(), site.path("host").asText())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Map<String, String> superiors = new HashMap<>();
        for (JsonNode organisation : client.get("/api/v1/organisations").path("organisations")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (organisation.hasNonNull("superior")) { //$NON-NLS-1$
                superiors.put(organisation.path("id").asText(), organisation.path("superior").asText()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new PlatformSites(sites, superiors);
    }

    /**
     * @return where the Guide wants the notice of {@code site}'s migration besides its old home page: the portal of
     *         the nearest organisation above the site's host (for a portal, from its host's superior on; for another
     *         site, from its host on), if the platform has one
     */
    public Optional<Site> superiorPortal(Site site) {
        Set<String> seen = new HashSet<>();
        for (String organisation = PORTAL.equals(site.kind()) ? superiors.get(site.host()) : site.host();
                organisation != null && seen.add(organisation); organisation = superiors.get(organisation)) {
            String owner = organisation;
            Optional<Site> portal = sites.stream().filter(other -> PORTAL.equals(other.kind()) && owner.equals(other.host())
                    && !other.id().equals(site.id())).findFirst();
            if (portal.isPresent()) {
                return portal;
            }
        }
        return Optional.empty();
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
