package org.govsite.model.tests;

import static org.govsite.model.GovSitePackage.Literals.SITE__COLUMNS;
import static org.govsite.model.tests.ProblemAssert.assertNoProblem;
import static org.govsite.model.tests.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.SiteLevel;
import org.govsite.model.guide.GuideRules;
import org.govsite.model.tests.TestPlatforms.Fixture;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.model.validation.Rule;
import org.junit.jupiter.api.Test;

class GuideRulesTest {

    @Test
    void portalsNeedServiceDepartmentsDoNot() {
        Set<ColumnCategory> common = EnumSet.of(ColumnCategory.ORGANISATION, ColumnCategory.LEADERS,
                ColumnCategory.POLICY, ColumnCategory.INTERPRETATION, ColumnCategory.NEWS, ColumnCategory.INTERACTION);
        assertEquals(common, GuideRules.requiredCategories(SiteKind.DEPARTMENT));
        Set<ColumnCategory> portal = EnumSet.copyOf(common);
        portal.add(ColumnCategory.SERVICE);
        assertEquals(portal, GuideRules.requiredCategories(SiteKind.PORTAL));
        assertTrue(GuideRules.requiredCategories(SiteKind.SPECIAL).isEmpty());
    }

    @Test
    void seedingMakesANewPortalPassTheRequiredColumnsRule() {
        Fixture f = TestPlatforms.valid();
        Site portal = GovSiteFactory.eINSTANCE.createSite();
        portal.setKind(SiteKind.PORTAL);
        portal.setLevel(SiteLevel.COUNTY);
        f.platform().getSites().add(portal);
        assertProblem(GovSiteValidation.validateObject(portal), Rule.COLUMNS_REQUIRED, portal,
                SITE__COLUMNS);

        GuideRules.seedRequiredColumns(portal);

        List<Problem> problems = GovSiteValidation.validate(portal, null);
        assertNoProblem(problems, Rule.COLUMNS_REQUIRED);
        assertNoProblem(problems, Rule.PATH_SYNTAX);
        assertNoProblem(problems, Rule.PATH_UNIQUE);
        assertTrue(portal.getColumns().stream().allMatch(c -> c.getId() != null && !c.getId().isBlank()));
    }

    @Test
    void seededColumnsHaveStandardNamesAndSegments() {
        Site site = GovSiteFactory.eINSTANCE.createSite();
        site.setKind(SiteKind.PORTAL);
        GuideRules.seedRequiredColumns(site);
        Set<String> seeded = site.getColumns().stream().map(c -> c.getName() + "/" + c.getPathSegment())
                .collect(Collectors.toSet());
        assertEquals(Set.of("机构职能/jgzn", "负责人信息/fzrxx", "政策文件/zcwj", "解读回应/jdhy", "政务动态/zwdt", "互动交流/hdjl",
                "办事服务/bsfw"), seeded);
    }

    @Test
    void seedingKeepsExistingColumnsAndAvoidsTakenSegments() {
        Site site = GovSiteFactory.eINSTANCE.createSite();
        site.setKind(SiteKind.DEPARTMENT);
        Column news = TestPlatforms.column(site, "工作动态", "gzdt", ColumnCategory.NEWS);
        Column squatter = TestPlatforms.column(site, "资产文件", "zcwj", ColumnCategory.OTHER);
        GuideRules.seedRequiredColumns(site);
        assertEquals(7, site.getColumns().size());
        assertEquals(List.of(news, squatter), site.getColumns().subList(0, 2));
        Column policy = site.getColumns().stream().filter(c -> c.getCategory() == ColumnCategory.POLICY).findFirst()
                .orElseThrow();
        assertEquals("zcwj-2", policy.getPathSegment());
        GuideRules.seedRequiredColumns(site);
        assertEquals(7, site.getColumns().size(), "seeding twice adds nothing");
    }

    @Test
    void updatePeriodsFollowTheInspectionIndicators() {
        assertEquals(14, GuideRules.defaultUpdatePeriodDays(ColumnCategory.NEWS));
        assertEquals(180, GuideRules.defaultUpdatePeriodDays(ColumnCategory.POLICY));
        assertEquals(GuideRules.NO_UPDATE_PERIOD, GuideRules.defaultUpdatePeriodDays(ColumnCategory.LEADERS));
        Column column = GovSiteFactory.eINSTANCE.createColumn();
        column.setCategory(ColumnCategory.NEWS);
        assertEquals(14, GuideRules.effectiveUpdatePeriodDays(column));
        column.setUpdatePeriodDays(7);
        assertEquals(7, GuideRules.effectiveUpdatePeriodDays(column));
    }
}
