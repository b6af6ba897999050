package org.govsite.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.query.PlatformFilter;
import org.govsite.model.tests.TestPlatforms.Fixture;
import org.junit.jupiter.api.Test;

class PlatformFilterTest {
    private final Fixture f = TestPlatforms.valid();
    private final Column notices = TestPlatforms
            .child(f.waterSite().getColumns().stream().filter(c -> c.getCategory() == ColumnCategory.NEWS)
                    .findFirst().orElseThrow(), "通知公告", "tzgg");

    @Test
    void matchingColumnAndItsAncestorsAreVisible() {
        PlatformFilter.Result result = new PlatformFilter(f.platform()).apply("通知");
        assertTrue(result.matches(notices));
        assertTrue(result.isVisible(notices));
        assertTrue(result.isVisible(notices.eContainer()));
        assertFalse(result.matches(notices.eContainer()));
        assertTrue(result.isVisible(f.waterSite()));
        assertTrue(result.isVisible(f.platform()));
        assertFalse(result.isVisible(f.cityPortal()));
        assertFalse(result.isVisible(f.province()));
        assertEquals(1, result.matchCount());
    }

    @Test
    void matchesDomainsCodesAndSegmentsIgnoringCase() {
        PlatformFilter filter = new PlatformFilter(f.platform());
        f.cityPortal().getAliases().add("baoding.gov.cn");
        PlatformFilter withAlias = new PlatformFilter(f.platform());
        assertTrue(filter.apply("SLJ.BD").matches(f.waterSite()));
        assertTrue(filter.apply("1306000002").matches(f.waterSite()));
        assertTrue(filter.apply("TZGG").matches(notices));
        assertTrue(withAlias.apply("Baoding.GOV").matches(f.cityPortal()));
        assertFalse(filter.apply("baoding.gov").matches(f.cityPortal()), "snapshot taken before the alias");
    }

    @Test
    void organisationsMatchByName() {
        PlatformFilter.Result result = new PlatformFilter(f.platform()).apply(" 水利局 ");
        assertTrue(result.matches(f.waterBureau()));
        assertTrue(result.matches(f.waterSite()));
        assertFalse(result.matches(f.city()));
    }

    @Test
    void blankTextShowsEverythingAndMatchesNothing() {
        PlatformFilter filter = new PlatformFilter(f.platform());
        for (String blank : new String[] { "", "   ", null }) {
            PlatformFilter.Result result = filter.apply(blank);
            assertTrue(result.isUnfiltered());
            assertTrue(result.isVisible(notices));
            assertTrue(result.isVisible(f.province()));
            assertFalse(result.matches(notices));
            assertEquals(0, result.matchCount());
        }
    }

    @Test
    void unknownTextHidesEverythingAndForeignObjectsAreNeverVisible() {
        PlatformFilter filter = new PlatformFilter(f.platform());
        PlatformFilter.Result result = filter.apply("不存在的栏目");
        assertEquals(0, result.matchCount());
        assertFalse(result.isVisible(f.platform()));
        assertFalse(filter.apply("").isVisible(GovSiteFactory.eINSTANCE.createColumn()));
    }
}
