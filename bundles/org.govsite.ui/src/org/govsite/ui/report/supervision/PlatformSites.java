package org.govsite.ui.report.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsite.model.LifecycleStatus;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.report.supervision.SiteChanges;
import org.govsite.ui.audit.SiteHomes;

/**
 * What the supervision report takes from the platform model for a year (read on the UI thread, where the model
 * lives): the sites in service in the year ({@link SiteChanges#inService(Site, int)}), those of them that can still be
 * audited (not {@link LifecycleStatus#CLOSED} now) by the lower-cased host of their home page (the first site of a host
 * wins), and the sites opened and closed in the year.
 *
 * @param inService how many sites are in service
 * @param byHost the sites in service, not closed, with a main domain, by host
 * @param changes the sites opened and closed in the year
 */
record PlatformSites(int inService, Map<String, Site> byHost, SiteChanges changes) {

    PlatformSites {
        byHost = Map.copyOf(byHost);
    }

    static PlatformSites of(Platform platform, int year) {
        List<Site> inService = platform.getSites().stream().filter(site -> SiteChanges.inService(site, year))
                .toList();
        Map<String, Site> byHost = new LinkedHashMap<>();
        for (Site site : inService.stream().filter(site -> site.getStatus() != LifecycleStatus.CLOSED).toList()) {
            SiteHomes.home(site).ifPresent(home -> byHost.putIfAbsent(home.getHost().toLowerCase(Locale.ROOT), site));
        }
        return new PlatformSites(inService.size(), byHost, SiteChanges.count(platform.getSites(), year));
    }
}
