package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.govsite.migration.after.PlatformSites;
import org.junit.jupiter.api.Test;

/** A platform site's home page address, shown in migration notices: the new site's scheme when it names the site. */
class PlatformSiteAddressTest {
    private static final PlatformSites.Site SITE = new PlatformSites.Site("slj", "保定市水利局", "slj.bd.gov.cn",
            List.of("slj.bd.gov.cn", "bd-slj.gov.cn"), "DEPARTMENT", "bd-slj");

    @Test
    void theNewSitesSchemeWhenItNamesTheSiteElseHttps() {
        assertEquals(URI.create("http://slj.bd.gov.cn/"), SITE.address(URI.create("http://BD-SLJ.gov.cn:8080/xxgk/")),
                "an alias over plain http: the main domain over http, no port");
        assertEquals(URI.create("https://slj.bd.gov.cn/"), SITE.address(URI.create("https://slj.bd.gov.cn/")));
        assertEquals(URI.create("https://slj.bd.gov.cn/"), SITE.address(URI.create("http://www.other.gov.cn/")),
                "another site's address says nothing of this one");
        assertEquals(URI.create("https://slj.bd.gov.cn/"), SITE.address(null));
        URI newSite = URI.create("http://127.0.0.1:8080/");
        assertEquals(newSite, new PlatformSites.Site("x", "无域名", null, List.of(), "SPECIAL", "bd").address(newSite), "no main domain");
    }
}
