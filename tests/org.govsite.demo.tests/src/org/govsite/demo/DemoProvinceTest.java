package org.govsite.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.SiteLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoProvinceTest {

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)*\\.gov\\.cn");
    private static Platform standard;

    @BeforeAll
    static void generate() {
        standard = DemoProvince.generate(DemoProvince.Size.STANDARD, 2026L);
    }

    @Test
    void standardProvinceHasProvinceScale() {
        int sites = standard.getSites().size();
        long columns = countColumns(standard);
        assertTrue(sites >= 380 && sites <= 420, "sites: " + sites);
        assertTrue(columns >= 45_000 && columns <= 55_000, "columns: " + columns);
    }

    @Test
    void smallProvinceIsSmall() {
        Platform small = DemoProvince.generate(DemoProvince.Size.SMALL, 1L);
        assertEquals(20, small.getSites().size());
        long columns = countColumns(small);
        assertTrue(columns >= 1_500 && columns <= 2_500, "columns: " + columns);
    }

    @Test
    void sameSeedGivesSameProvinceAndOtherSeedDiffers() {
        Platform a = DemoProvince.generate(DemoProvince.Size.SMALL, 7L);
        Platform b = DemoProvince.generate(DemoProvince.Size.SMALL, 7L);
        Platform c = DemoProvince.generate(DemoProvince.Size.SMALL, 8L);
        assertTrue(EcoreUtil.equals(a, b));
        assertFalse(EcoreUtil.equals(a, c));
    }

    @Test
    void domainsAndIdCodesAreWellFormedAndUnique() {
        Set<String> domains = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Site site : standard.getSites()) {
            assertTrue(DOMAIN.matcher(site.getMainDomain()).matches(), site.getMainDomain());
            assertTrue(domains.add(site.getMainDomain()), "duplicate domain " + site.getMainDomain());
            assertTrue(codes.add(site.getIdCode()), "duplicate code " + site.getIdCode());
            assertEquals(10, site.getIdCode().length(), site.getIdCode());
            assertTrue(site.getIdCode().startsWith(site.getHost().getDivisionCode()), site.getIdCode());
            assertTrue(site.getSecurityRecord().contains(site.getHost().getDivisionCode()));
            if (site.getKind() == SiteKind.PORTAL) {
                assertTrue(site.getMainDomain().startsWith("www."), site.getMainDomain());
            } else {
                String portal = site.getHost().getSuperior().getSites().get(0).getMainDomain();
                assertTrue(site.getMainDomain().endsWith("." + portal.substring(4)), site.getMainDomain());
            }
        }
    }

    @Test
    void plantedProblemsArePresent() {
        Site department = standard.getSites().stream()
                .filter(s -> s.getKind() == SiteKind.DEPARTMENT && s.getLevel() == SiteLevel.CITY).findFirst()
                .orElseThrow();
        assertTrue(department.getColumns().stream().noneMatch(c -> c.getCategory() == ColumnCategory.INTERPRETATION));
        Site county = standard.getSites().stream()
                .filter(s -> s.getKind() == SiteKind.PORTAL && s.getLevel() == SiteLevel.COUNTY).findFirst()
                .orElseThrow();
        assertEquals(4, county.getChannels().size());
        long archivedOnHome = standard.getSites().stream().flatMap(s -> s.getTopics().stream())
                .filter(t -> t.isArchived() && t.isOnHomePage()).count();
        assertEquals(1, archivedOnHome);
    }

    private static long countColumns(Platform platform) {
        long count = 0;
        for (var it = platform.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Column) {
                count++;
            }
        }
        return count;
    }
}
