package org.govsite.ui.audit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.govsite.model.Platform;
import org.govsite.model.Site;

/**
 * A site's home page, from its main domain (主域名): {@code http://<domain>/}, or the domain as it is when it is
 * already a URL (e.g. {@code https://www.example.gov.cn/}). A site without a main domain has none.
 */
public final class SiteHomes {

    private SiteHomes() {
    }

    /** @return the site's home page, empty when the site has no (usable) main domain */
    public static Optional<URI> home(Site site) {
        String domain = site.getMainDomain() == null ? "" : site.getMainDomain().strip(); //$NON-NLS-1$
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(domain.contains("://") ? domain : "http://" + domain + "/"); //$NON-NLS-1$ //$NON-NLS-2$
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** @return the names of the platform's sites by home page (the first site of a home page wins) */
    public static Map<URI, String> names(Platform platform) {
        Map<URI, String> names = new LinkedHashMap<>();
        for (Site site : platform.getSites()) {
            home(site).ifPresent(home -> names.putIfAbsent(home, site.getName()));
        }
        return names;
    }

    /** @return the site's name when the platform has a site with this home page, else the home page's host */
    public static String label(Map<URI, String> names, URI home) {
        String name = names.get(home);
        return name == null || name.isBlank() ? home.getAuthority() : name;
    }
}
