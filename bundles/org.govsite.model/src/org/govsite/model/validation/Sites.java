package org.govsite.model.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.govsite.model.LifecycleStatus;
import org.govsite.model.Organisation;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;

/** Facts about sites that several rules share. */
final class Sites {
    private Sites() {
    }

    /** Closed sites give up their domain; every other site, archived ones included (their pages stay online), keeps it. */
    static boolean holdsDomain(Site site) {
        return site.getStatus() != LifecycleStatus.CLOSED;
    }

    /** Whether the site is in service: not closed and not archived. Only such sites count as a unit's site. */
    static boolean inService(Site site) {
        return site.getStatus() != LifecycleStatus.CLOSED && site.getStatus() != LifecycleStatus.ARCHIVED;
    }

    /** The main domain and the aliases, trimmed and lower-cased, without blanks or repeats. */
    static Set<String> domainKeys(Site site) {
        Set<String> keys = new LinkedHashSet<>();
        addKey(keys, site.getMainDomain());
        site.getAliases().forEach(alias -> addKey(keys, alias));
        return keys;
    }

    /** The government portal hosted by the organisation: its in-service site of kind PORTAL, or null. */
    static Site portalOf(Organisation organisation) {
        for (Site site : organisation.getSites()) {
            if (site.getKind() == SiteKind.PORTAL && inService(site)) {
                return site;
            }
        }
        return null;
    }

    private static void addKey(Set<String> keys, String domain) {
        if (!Text.isBlank(domain)) {
            keys.add(Text.key(domain));
        }
    }
}
