package org.govsite.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.demo.DemoProvince;
import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.Topic;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.model.validation.Rule;
import org.govsite.model.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo province passes validation except for the problems it plants on purpose (see DemoProvince): a department
 * site without 解读回应, a county portal with four channels and an archived topic left on a home page.
 */
class DemoProvinceValidationTest {

    @Test
    void smallDemoHasOnlyThePlantedProblems() {
        for (long seed : new long[] { 1, 2, 20261122 }) {
            Platform platform = DemoProvince.generate(DemoProvince.Size.SMALL, seed);
            assertOnlyPlantedProblems(GovSiteValidation.validate(platform, null));
        }
    }

    private static Platform standard;

    @BeforeAll
    static void generateStandardProvince() {
        standard = DemoProvince.generate(DemoProvince.Size.STANDARD, 7);
    }

    @Test
    void standardDemoHasOnlyThePlantedProblems() {
        Platform platform = standard;
        long columns = count(platform, Column.class);
        assertTrue(platform.getSites().size() >= 350 && columns >= 40_000,
                platform.getSites().size() + " sites, " + columns + " columns");
        assertOnlyPlantedProblems(GovSiteValidation.validate(platform, null));
    }

    private static void assertOnlyPlantedProblems(List<Problem> problems) {
        Map<String, List<Problem>> byRule = problems.stream().collect(Collectors.groupingBy(Problem::ruleId));
        assertEquals(Set.of(Rule.COLUMNS_REQUIRED.id(), Rule.CHANNEL_COUNT.id(), Rule.TOPIC_ARCHIVED_HOME.id()),
                byRule.keySet(), () -> ProblemAssert.describe(problems));

        List<Problem> missing = byRule.get(Rule.COLUMNS_REQUIRED.id());
        assertEquals(1, missing.size(), () -> ProblemAssert.describe(missing));
        Site department = (Site) missing.get(0).target();
        assertEquals(SiteKind.DEPARTMENT, department.getKind());
        assertTrue(department.getColumns().stream().noneMatch(c -> c.getCategory() == ColumnCategory.INTERPRETATION));

        List<Problem> channels = byRule.get(Rule.CHANNEL_COUNT.id());
        assertEquals(1, channels.size(), () -> ProblemAssert.describe(channels));
        assertEquals(Severity.WARNING, channels.get(0).severity());
        assertEquals(4, ((Site) channels.get(0).target()).getChannels().size());

        List<Problem> topics = byRule.get(Rule.TOPIC_ARCHIVED_HOME.id());
        assertEquals(1, topics.size(), () -> ProblemAssert.describe(topics));
        Topic topic = (Topic) topics.get(0).target();
        assertTrue(topic.isArchived() && topic.isOnHomePage());
    }

    private static long count(Platform platform, Class<?> type) {
        long count = 0;
        for (var all = platform.eAllContents(); all.hasNext();) {
            if (type.isInstance(all.next())) {
                count++;
            }
        }
        return count;
    }
}
