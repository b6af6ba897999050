package org.govsite.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.govsite.model.Platform;
import org.govsite.model.Site;

/**
 * Platform-wide lookups built once per validation run: which sites use a domain and which use a 标识码. Built from the
 * sites only (a few hundred), so it is cheap enough for live validation of a single object too.
 */
final class PlatformIndex {
    private final Map<String, List<Site>> domainUsers = new HashMap<>();
    private final Map<String, List<Site>> idCodeUsers = new HashMap<>();

    PlatformIndex(EObject root) {
        if (root instanceof Platform platform) {
            platform.getSites().forEach(this::add);
        } else if (root instanceof Site site) {
            add(site);
        }
    }

    private void add(Site site) {
        if (Sites.holdsDomain(site)) {
            for (String domain : Sites.domainKeys(site)) {
                domainUsers.computeIfAbsent(domain, k -> new ArrayList<>(1)).add(site);
            }
        }
        if (!Text.isBlank(site.getIdCode())) {
            idCodeUsers.computeIfAbsent(site.getIdCode().trim(), k -> new ArrayList<>(1)).add(site);
        }
    }

    /** Another site using the domain key (see {@link Sites#domainKeys}), or null. */
    Site otherDomainUser(String domainKey, Site site) {
        return other(domainUsers.get(domainKey), site);
    }

    /** Another site using the trimmed 标识码, or null. */
    Site otherIdCodeUser(String idCode, Site site) {
        return other(idCodeUsers.get(idCode), site);
    }

    private static Site other(List<Site> users, Site site) {
        if (users != null) {
            for (Site user : users) {
                if (user != site) {
                    return user;
                }
            }
        }
        return null;
    }
}
