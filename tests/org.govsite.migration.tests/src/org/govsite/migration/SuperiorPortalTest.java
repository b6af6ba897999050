package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.migration.after.PlatformSites;
import org.govsite.migration.after.PlatformSites.Site;
import org.junit.jupiter.api.Test;

/** The portal a migration notice belongs on: that of the nearest organisation above the migrated site's host. */
class SuperiorPortalTest {

    private static Site site(String id, String kind, String host) {
        return new Site(id, id, id + ".gov.cn", List.of(id + ".gov.cn"), kind, host);
    }

    private static final Site PROVINCE = site("prov", "PORTAL", "sheng");
    private static final Site CITY = site("city", "PORTAL", "shi");
    private static final Site CITY_BUREAU = site("slj", "DEPARTMENT", "shi-slj");
    private static final Site HOSTED_BY_CITY = site("zt", "SPECIAL", "shi");
    private static final Site COUNTY = site("county", "PORTAL", "xian");
    private static final Site ORPHAN = site("orphan", "PORTAL", "nobody");

    private static final PlatformSites SITES = new PlatformSites(List.of(PROVINCE, CITY, CITY_BUREAU, HOSTED_BY_CITY,
            COUNTY, ORPHAN), Map.of("shi", "sheng", "shi-slj", "shi", "xian", "shi", "loop-a", "loop-b", "loop-b", "loop-a"));

    @Test
    void theNearestPortalAboveTheSitesHost() {
        assertEquals(Optional.of(CITY), SITES.superiorPortal(CITY_BUREAU), "a bureau's: its government's portal");
        assertEquals(Optional.of(CITY), SITES.superiorPortal(HOSTED_BY_CITY), "a site the government hosts itself");
        assertEquals(Optional.of(PROVINCE), SITES.superiorPortal(CITY), "a portal's: the one above it");
        assertEquals(Optional.of(CITY), SITES.superiorPortal(COUNTY));
        assertEquals(Optional.empty(), SITES.superiorPortal(PROVINCE), "nothing above the province");
        assertEquals(Optional.empty(), SITES.superiorPortal(ORPHAN));
        assertEquals(Optional.empty(), SITES.superiorPortal(site("x", "DEPARTMENT", "loop-a")), "a cycle ends");
    }
}
