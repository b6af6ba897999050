package org.govsite.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.govsite.model.Column;
import org.govsite.model.OrganisationKind;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.SiteLevel;
import org.govsite.model.query.PlatformFilter;
import org.govsite.model.tests.TestPlatforms.Fixture;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Province scale (400 sites, over 50,000 columns): validation well under 1 s, filtering well under 100 ms. */
class PerformanceTest {
    private static final int DEPARTMENT_SITES = 397;
    private static final int CHILDREN_PER_TOP_COLUMN = 20;
    private static Platform platform;
    private static int columns;

    @BeforeAll
    static void buildProvince() {
        Fixture f = TestPlatforms.valid();
        platform = f.platform();
        for (int i = 1; i <= DEPARTMENT_SITES; i++) {
            Organisation department = TestPlatforms.organisation(platform, "河北省第" + i + "厅",
                    OrganisationKind.DEPARTMENT, "130000", "bm" + i, f.province());
            Site site = TestPlatforms.site(platform, department, "河北省第" + i + "厅网站", SiteKind.DEPARTMENT,
                    SiteLevel.PROVINCE, "bm" + i + ".hebei.gov.cn", String.format("130000%04d", i + 1));
            for (Column top : List.copyOf(site.getColumns())) {
                for (int c = 0; c < CHILDREN_PER_TOP_COLUMN; c++) {
                    TestPlatforms.child(top, top.getName() + "子栏目" + c, "c" + c);
                }
            }
        }
        for (var all = platform.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Column) {
                columns++;
            }
        }
    }

    @Test
    void validatingTheProvinceTakesWellUnderOneSecond() {
        assertEquals(400, platform.getSites().size());
        assertTrue(columns >= 50_000, "columns: " + columns);
        List<Problem> problems = GovSiteValidation.validate(platform, null);
        assertTrue(problems.isEmpty(), () -> ProblemAssert.describe(problems.subList(0, Math.min(5, problems.size()))));
        long millis = bestOfThree(() -> GovSiteValidation.validate(platform, null));
        System.out.println("validate " + columns + " columns: " + millis + " ms");
        assertTrue(millis < 1000, millis + " ms");
    }

    @Test
    void filteringTheProvinceTakesWellUnderOneHundredMilliseconds() {
        PlatformFilter filter = new PlatformFilter(platform);
        assertTrue(filter.apply("子栏目7").matchCount() >= 2_000);
        long millis = bestOfThree(() -> filter.apply("子栏目7"));
        System.out.println("filter " + columns + " columns: " + millis + " ms");
        assertTrue(millis < 100, millis + " ms");
    }

    private static long bestOfThree(Supplier<?> work) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            work.get();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }
}
