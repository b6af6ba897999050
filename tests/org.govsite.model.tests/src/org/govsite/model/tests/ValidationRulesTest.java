package org.govsite.model.tests;

import static org.govsite.model.GovSitePackage.Literals.CHANNEL__COLUMNS;
import static org.govsite.model.GovSitePackage.Literals.COLUMN__PATH_SEGMENT;
import static org.govsite.model.GovSitePackage.Literals.NAMED__NAME;
import static org.govsite.model.GovSitePackage.Literals.SITE__ALIASES;
import static org.govsite.model.GovSitePackage.Literals.SITE__CHANNELS;
import static org.govsite.model.GovSitePackage.Literals.SITE__COLUMNS;
import static org.govsite.model.GovSitePackage.Literals.SITE__HOST;
import static org.govsite.model.GovSitePackage.Literals.SITE__ID_CODE;
import static org.govsite.model.GovSitePackage.Literals.SITE__MAIN_COLOUR;
import static org.govsite.model.GovSitePackage.Literals.SITE__MAIN_DOMAIN;
import static org.govsite.model.GovSitePackage.Literals.SITE__STATUS_UNTIL;
import static org.govsite.model.GovSitePackage.Literals.TOPIC__ARCHIVED_ON;
import static org.govsite.model.GovSitePackage.Literals.TOPIC__ON_HOME_PAGE;
import static org.govsite.model.GovSitePackage.Literals.TOPIC__PATH_SEGMENT;
import static org.govsite.model.tests.ProblemAssert.assertNoProblem;
import static org.govsite.model.tests.ProblemAssert.assertProblem;
import static org.govsite.model.tests.ProblemAssert.count;
import static org.govsite.model.tests.ProblemAssert.describe;
import static org.govsite.model.tests.TestPlatforms.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.LifecycleStatus;
import org.govsite.model.Organisation;
import org.govsite.model.OrganisationKind;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.SiteLevel;
import org.govsite.model.Topic;
import org.govsite.model.guide.GuideDays;
import org.govsite.model.tests.TestPlatforms.Fixture;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.model.validation.Rule;
import org.govsite.model.validation.Thresholds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule: a case that breaks it (rule id, severity, target, feature) and a case that passes. */
class ValidationRulesTest {
    private Fixture f;

    @BeforeEach
    void createValidPlatform() {
        f = TestPlatforms.valid();
    }

    private List<Problem> validate() {
        return GovSiteValidation.validate(f.platform(), null);
    }

    private Column topColumn(Site site, ColumnCategory category) {
        return site.getColumns().stream().filter(c -> c.getCategory() == category).findFirst().orElseThrow();
    }

    @Test
    void validPlatformHasNoProblems() {
        List<Problem> problems = validate();
        assertTrue(problems.isEmpty(), () -> describe(problems));
    }

    @Nested
    class Required {
        @Test
        void missingSiteFieldsAreErrors() {
            f.cityPortal().setMainDomain(null);
            f.waterSite().setIdCode("  ");
            List<Problem> problems = validate();
            assertProblem(problems, Rule.REQUIRED, f.cityPortal(), SITE__MAIN_DOMAIN);
            assertProblem(problems, Rule.REQUIRED, f.waterSite(), SITE__ID_CODE);
        }

        @Test
        void missingHostOrganisationAndColumnNamesAreErrors() {
            f.waterSite().setHost(null);
            f.city().setName("");
            Column news = topColumn(f.cityPortal(), ColumnCategory.NEWS);
            news.setName(null);
            news.setPathSegment(null);
            List<Problem> problems = validate();
            assertProblem(problems, Rule.REQUIRED, f.waterSite(), SITE__HOST);
            assertProblem(problems, Rule.REQUIRED, f.city(), NAMED__NAME);
            assertEquals(2, problems.stream()
                    .filter(p -> p.ruleId().equals(Rule.REQUIRED.id()) && p.target() == news).count());
        }

        @Test
        void messageNamesObjectAndField() {
            f.cityPortal().setMainDomain(null);
            Problem problem = assertProblem(validate(), Rule.REQUIRED, f.cityPortal(), SITE__MAIN_DOMAIN);
            assertTrue(problem.message().contains(f.cityPortal().getName()), problem.message());
        }

        @Test
        void filledFieldsPass() {
            assertNoProblem(validate(), Rule.REQUIRED);
        }
    }

    @Nested
    class ReferenceDangling {
        @Test
        void hostOutsideThePlatformIsAnError() {
            f.platform().getOrganisations().remove(f.waterBureau());
            assertProblem(validate(), Rule.REFERENCE_DANGLING, f.waterSite(), SITE__HOST);
        }

        @Test
        void channelShowingAnotherSitesColumnIsAnError() {
            Channel channel = f.cityPortal().getChannels().get(0);
            channel.getColumns().add(topColumn(f.waterSite(), ColumnCategory.NEWS));
            assertProblem(validate(), Rule.REFERENCE_DANGLING, channel, CHANNEL__COLUMNS);
        }

        @Test
        void channelShowingOwnNestedColumnPasses() {
            Column child = TestPlatforms.child(topColumn(f.cityPortal(), ColumnCategory.NEWS), "通知公告", "tzgg");
            f.cityPortal().getChannels().get(0).getColumns().add(child);
            assertNoProblem(validate(), Rule.REFERENCE_DANGLING);
        }
    }

    @Nested
    class DomainSyntax {
        @Test
        void schemeOrUpperCaseIsAnError() {
            f.cityPortal().setMainDomain("http://www.bd.gov.cn");
            f.waterSite().getAliases().add("SLJ.BD.GOV.CN");
            List<Problem> problems = validate();
            Problem main = assertProblem(problems, Rule.DOMAIN_SYNTAX, f.cityPortal(), SITE__MAIN_DOMAIN);
            assertTrue(main.message().contains("http://www.bd.gov.cn"), main.message());
            assertProblem(problems, Rule.DOMAIN_SYNTAX, f.waterSite(), SITE__ALIASES);
        }

        @Test
        void chineseDomainPasses() {
            f.cityPortal().getAliases().add("保定市人民政府.政务");
            List<Problem> problems = validate();
            assertNoProblem(problems, Rule.DOMAIN_SYNTAX);
            assertNoProblem(problems, Rule.DOMAIN_SUFFIX);
        }
    }

    @Nested
    class DomainSuffix {
        @Test
        void otherSuffixIsAnError() {
            f.cityPortal().getAliases().add("www.baoding.com.cn");
            Problem problem = assertProblem(validate(), Rule.DOMAIN_SUFFIX, f.cityPortal(), SITE__ALIASES);
            assertTrue(problem.message().contains("www.baoding.com.cn"), problem.message());
        }

        @Test
        void govCnAliasPasses() {
            f.cityPortal().getAliases().add("baoding.gov.cn");
            assertNoProblem(validate(), Rule.DOMAIN_SUFFIX);
        }
    }

    @Nested
    class DomainPortal {
        @Test
        void portalWithoutWwwStructureIsAnError() {
            f.provincePortal().setMainDomain("hebei.gov.cn");
            f.cityPortal().setMainDomain("www.bd.hebei.gov.cn");
            List<Problem> problems = validate();
            assertProblem(problems, Rule.DOMAIN_PORTAL, f.provincePortal(), SITE__MAIN_DOMAIN);
            assertProblem(problems, Rule.DOMAIN_PORTAL, f.cityPortal(), SITE__MAIN_DOMAIN);
        }

        @Test
        void wwwRegionGovCnPasses() {
            f.provincePortal().setMainDomain("www.he-bei.gov.cn");
            assertNoProblem(validate(), Rule.DOMAIN_PORTAL);
        }
    }

    @Nested
    class DomainDepartment {
        @Test
        void domainOutsideTheGovernmentPortalIsAnError() {
            f.waterSite().setMainDomain("slj.hebei.gov.cn");
            Problem problem = assertProblem(validate(), Rule.DOMAIN_DEPARTMENT, f.waterSite(), SITE__MAIN_DOMAIN);
            assertTrue(problem.message().contains("slj.hebei.gov.cn") && problem.message().contains("bd.gov.cn"),
                    problem.message());
        }

        @Test
        void deeperSubDomainIsAnError() {
            f.waterSite().setMainDomain("www.slj.bd.gov.cn");
            assertProblem(validate(), Rule.DOMAIN_DEPARTMENT, f.waterSite(), SITE__MAIN_DOMAIN);
        }

        @Test
        void subDomainOfTheGovernmentPortalPasses() {
            f.waterSite().setMainDomain("shuili.bd.gov.cn");
            assertNoProblem(validate(), Rule.DOMAIN_DEPARTMENT);
        }

        @Test
        void notCheckedWhenTheGovernmentHasNoPortal() {
            f.cityPortal().setStatus(LifecycleStatus.CLOSED);
            f.waterSite().setMainDomain("slj.hebei.gov.cn");
            assertNoProblem(validate(), Rule.DOMAIN_DEPARTMENT);
        }
    }

    @Nested
    class DomainUnique {
        @Test
        void domainOfTwoSitesIsAnErrorOnBoth() {
            f.waterSite().getAliases().add("www.bd.gov.cn");
            List<Problem> problems = validate();
            assertProblem(problems, Rule.DOMAIN_UNIQUE, f.waterSite(), SITE__ALIASES);
            assertProblem(problems, Rule.DOMAIN_UNIQUE, f.cityPortal(), SITE__MAIN_DOMAIN);
        }

        @Test
        void closedSiteReleasesItsDomain() {
            Site old = TestPlatforms.site(f.platform(), f.waterBureau(), "保定市水利局旧网站", SiteKind.DEPARTMENT,
                    SiteLevel.CITY, "slj.bd.gov.cn", "1306000003");
            old.setStatus(LifecycleStatus.CLOSED);
            assertNoProblem(validate(), Rule.DOMAIN_UNIQUE);
        }

        @Test
        void archivedSiteKeepsItsDomain() {
            Site old = TestPlatforms.site(f.platform(), f.waterBureau(), "保定市水利局旧网站", SiteKind.DEPARTMENT,
                    SiteLevel.CITY, "slj.bd.gov.cn", "1306000003");
            old.setStatus(LifecycleStatus.ARCHIVED);
            assertProblem(validate(), Rule.DOMAIN_UNIQUE, f.waterSite(), SITE__MAIN_DOMAIN);
        }
    }

    @Nested
    class IdCodeFormat {
        @Test
        void wrongLengthOrPrefixIsAnError() {
            f.cityPortal().setIdCode("130600001");
            f.waterSite().setIdCode("BM07000001");
            List<Problem> problems = validate();
            Problem problem = assertProblem(problems, Rule.IDCODE_FORMAT, f.cityPortal(), SITE__ID_CODE);
            assertTrue(problem.message().contains("130600001"), problem.message());
            assertProblem(problems, Rule.IDCODE_FORMAT, f.waterSite(), SITE__ID_CODE);
        }

        @Test
        void ministryCodePasses() {
            f.waterSite().setIdCode("bm07000001");
            List<Problem> problems = validate();
            assertNoProblem(problems, Rule.IDCODE_FORMAT);
            assertNoProblem(problems, Rule.IDCODE_DIVISION);
        }
    }

    @Nested
    class IdCodeDivision {
        @Test
        void codeOfAnotherDivisionIsAnError() {
            f.waterSite().setIdCode("1306010002");
            Problem problem = assertProblem(validate(), Rule.IDCODE_DIVISION, f.waterSite(), SITE__ID_CODE);
            assertTrue(problem.message().contains("130600"), problem.message());
        }

        @Test
        void hostWithoutDivisionCodeUsesItsSuperiors() {
            f.waterBureau().setDivisionCode(null);
            assertNoProblem(validate(), Rule.IDCODE_DIVISION);
            f.waterSite().setIdCode("1300000002");
            assertProblem(validate(), Rule.IDCODE_DIVISION, f.waterSite(), SITE__ID_CODE);
        }
    }

    @Nested
    class IdCodeUnique {
        @Test
        void codeOfTwoSitesIsAnErrorOnBoth() {
            f.waterSite().setIdCode("1306000001");
            List<Problem> problems = validate();
            assertProblem(problems, Rule.IDCODE_UNIQUE, f.waterSite(), SITE__ID_CODE);
            assertProblem(problems, Rule.IDCODE_UNIQUE, f.cityPortal(), SITE__ID_CODE);
        }

        @Test
        void distinctCodesPass() {
            assertNoProblem(validate(), Rule.IDCODE_UNIQUE);
        }
    }

    @Nested
    class SitePerOrganisation {
        private Site second;

        @BeforeEach
        void addSecondSite() {
            second = TestPlatforms.site(f.platform(), f.waterBureau(), "保定市防汛抗旱网", SiteKind.DEPARTMENT,
                    SiteLevel.CITY, "fx.bd.gov.cn", "1306000003");
        }

        @Test
        void twoOpenSitesOfOneUnitAreAnError() {
            List<Problem> problems = validate();
            assertProblem(problems, Rule.SITE_PER_ORGANISATION, f.waterSite(), SITE__HOST);
            Problem problem = assertProblem(problems, Rule.SITE_PER_ORGANISATION, second, SITE__HOST);
            assertTrue(problem.message().contains(f.waterBureau().getName()), problem.message());
        }

        @Test
        void closedSitesDoNotCount() {
            second.setStatus(LifecycleStatus.CLOSED);
            assertNoProblem(validate(), Rule.SITE_PER_ORGANISATION);
        }
    }

    @Nested
    class ColumnsRequired {
        @Test
        void portalWithoutServiceColumnIsAnError() {
            f.cityPortal().getColumns().remove(topColumn(f.cityPortal(), ColumnCategory.SERVICE));
            List<Problem> problems = validate();
            assertProblem(problems, Rule.COLUMNS_REQUIRED, f.cityPortal(), SITE__COLUMNS);
            assertEquals(1, count(problems, Rule.COLUMNS_REQUIRED), () -> describe(problems));
        }

        @Test
        void requiredColumnNestedBelowTopLevelDoesNotCount() {
            Column policy = topColumn(f.waterSite(), ColumnCategory.POLICY);
            topColumn(f.waterSite(), ColumnCategory.NEWS).getChildren().add(policy);
            assertProblem(validate(), Rule.COLUMNS_REQUIRED, f.waterSite(), SITE__COLUMNS);
        }

        @Test
        void departmentSiteNeedsNoServiceColumn() {
            assertTrue(f.waterSite().getColumns().stream().noneMatch(c -> c.getCategory() == ColumnCategory.SERVICE));
            assertNoProblem(validate(), Rule.COLUMNS_REQUIRED);
        }

        @Test
        void closedSiteIsNotChecked() {
            f.waterSite().getColumns().clear();
            f.waterSite().setStatus(LifecycleStatus.CLOSED);
            assertNoProblem(validate(), Rule.COLUMNS_REQUIRED);
        }
    }

    @Nested
    class ChannelCount {
        @Test
        void portalWithTooFewChannelsIsAWarning() {
            f.cityPortal().getChannels().remove(0);
            Problem problem = assertProblem(validate(), Rule.CHANNEL_COUNT, f.cityPortal(), SITE__CHANNELS);
            assertTrue(problem.message().contains("4"), problem.message());
        }

        @Test
        void siteWithTooManyChannelsIsAWarning() {
            for (int i = 0; i < 9; i++) {
                TestPlatforms.channel(f.waterSite(), "频道" + i, "pd" + i);
            }
            assertProblem(validate(), Rule.CHANNEL_COUNT, f.waterSite(), SITE__CHANNELS);
        }

        @Test
        void departmentSiteWithoutChannelsAndPortalsWithFiveToEightPass() {
            for (int i = 0; i < 3; i++) {
                TestPlatforms.channel(f.provincePortal(), "频道" + i, "pd" + i);
            }
            assertEquals(8, f.provincePortal().getChannels().size());
            assertNoProblem(validate(), Rule.CHANNEL_COUNT);
        }

        @Test
        void thresholdsAreConfigurable() {
            List<Problem> problems = GovSiteValidation.validate(f.platform(), new Thresholds(30, 2, 3), null);
            assertProblem(problems, Rule.CHANNEL_COUNT, f.cityPortal(), SITE__CHANNELS);
        }
    }

    @Nested
    class PathSyntax {
        @Test
        void upperCaseOrSpaceIsAnError() {
            Column news = topColumn(f.cityPortal(), ColumnCategory.NEWS);
            news.setPathSegment("ZWDT");
            Topic topic = TestPlatforms.topic(f.cityPortal(), "乡村振兴", "xczx 2026");
            List<Problem> problems = validate();
            assertProblem(problems, Rule.PATH_SYNTAX, news, COLUMN__PATH_SEGMENT);
            assertProblem(problems, Rule.PATH_SYNTAX, topic, TOPIC__PATH_SEGMENT);
        }

        @Test
        void lowerCaseDigitsHyphenUnderscorePass() {
            TestPlatforms.topic(f.cityPortal(), "乡村振兴", "xczx-2026_a");
            assertNoProblem(validate(), Rule.PATH_SYNTAX);
        }
    }

    @Nested
    class PathUnique {
        @Test
        void siblingsWithOneSegmentAreAnErrorOnBoth() {
            Column news = topColumn(f.cityPortal(), ColumnCategory.NEWS);
            Column first = TestPlatforms.child(news, "通知公告", "tzgg");
            Column second = TestPlatforms.child(news, "公告公示", "tzgg");
            List<Problem> problems = validate();
            assertProblem(problems, Rule.PATH_UNIQUE, first, COLUMN__PATH_SEGMENT);
            assertProblem(problems, Rule.PATH_UNIQUE, second, COLUMN__PATH_SEGMENT);
        }

        @Test
        void topLevelColumnClashIsAnError() {
            Column extra = TestPlatforms.column(f.cityPortal(), "政务动态（旧）", "zwdt", ColumnCategory.OTHER);
            assertProblem(validate(), Rule.PATH_UNIQUE, extra, COLUMN__PATH_SEGMENT);
        }

        @Test
        void sameSegmentUnderDifferentParentsPasses() {
            TestPlatforms.child(topColumn(f.cityPortal(), ColumnCategory.NEWS), "通知公告", "tzgg");
            TestPlatforms.child(topColumn(f.cityPortal(), ColumnCategory.POLICY), "通知公告", "tzgg");
            TestPlatforms.topic(f.cityPortal(), "政务动态专题", "zwdt");
            assertNoProblem(validate(), Rule.PATH_UNIQUE);
        }
    }

    @Nested
    class TopicArchived {
        private Topic topic;

        @BeforeEach
        void addTopic() {
            topic = TestPlatforms.topic(f.cityPortal(), "创建全国文明城市", "cjwmcs");
            topic.setOnHomePage(true);
        }

        @Test
        void archivedTopicOnTheHomePageIsAnError() {
            topic.setArchived(true);
            topic.setArchivedOn(day("2026-03-01"));
            List<Problem> problems = validate();
            assertProblem(problems, Rule.TOPIC_ARCHIVED_HOME, topic, TOPIC__ON_HOME_PAGE);
            assertNoProblem(problems, Rule.TOPIC_ARCHIVED_DATE);
        }

        @Test
        void archivedTopicWithoutDateIsAnError() {
            topic.setOnHomePage(false);
            topic.setArchived(true);
            List<Problem> problems = validate();
            assertProblem(problems, Rule.TOPIC_ARCHIVED_DATE, topic, TOPIC__ARCHIVED_ON);
            assertNoProblem(problems, Rule.TOPIC_ARCHIVED_HOME);
        }

        @Test
        void liveTopicOnHomePageAndArchivedTopicOffItPass() {
            assertTrue(validate().isEmpty());
            topic.setOnHomePage(false);
            topic.setArchived(true);
            topic.setArchivedOn(day("2026-03-01"));
            List<Problem> problems = validate();
            assertTrue(problems.isEmpty(), () -> describe(problems));
        }
    }

    @Nested
    class Offline {
        @BeforeEach
        void takeOffline() {
            f.waterSite().setStatus(LifecycleStatus.TEMPORARILY_OFFLINE);
        }

        @Test
        void missingOrReversedDatesAreAnError() {
            assertProblem(validate(), Rule.OFFLINE_DATES, f.waterSite(), SITE__STATUS_UNTIL);
            f.waterSite().setStatusSince(day("2026-03-10"));
            f.waterSite().setStatusUntil(day("2026-03-01"));
            assertProblem(validate(), Rule.OFFLINE_DATES, f.waterSite(), SITE__STATUS_UNTIL);
        }

        @Test
        void moreThanThirtyDaysIsAnError() {
            f.waterSite().setStatusSince(day("2026-01-01"));
            f.waterSite().setStatusUntil(day("2026-02-15"));
            Problem problem = assertProblem(validate(), Rule.OFFLINE_DURATION, f.waterSite(), SITE__STATUS_UNTIL);
            assertTrue(problem.message().contains("45") && problem.message().contains("2026-01-01"),
                    problem.message());
        }

        @Test
        void theDaysAreBeijingsWhateverTheMachinesZone() {
            TimeZone machine = TimeZone.getDefault();
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles")); // Beijing's midnight is 08:00 the day before
            try {
                f.waterSite().setStatusSince(GuideDays.date(LocalDate.of(2026, 1, 1)));
                f.waterSite().setStatusUntil(GuideDays.date(LocalDate.of(2026, 2, 15)));
                Problem problem = assertProblem(validate(), Rule.OFFLINE_DURATION, f.waterSite(), SITE__STATUS_UNTIL);
                assertTrue(problem.message().contains("2026-01-01") && problem.message().contains("2026-02-15"),
                        problem.message());
            } finally {
                TimeZone.setDefault(machine);
            }
        }

        @Test
        void thirtyCalendarDaysPassWhateverTheHours() {
            f.waterSite().setStatusSince(day("2026-01-01"));
            f.waterSite().setStatusUntil(new Date(day("2026-01-31").getTime() + TimeUnit.HOURS.toMillis(12)));
            List<Problem> problems = validate();
            assertNoProblem(problems, Rule.OFFLINE_DURATION);
            assertNoProblem(problems, Rule.OFFLINE_DATES);
            assertProblem(GovSiteValidation.validate(f.platform(), new Thresholds(10, 5, 8), null),
                    Rule.OFFLINE_DURATION, f.waterSite(), SITE__STATUS_UNTIL);
        }
    }

    @Nested
    class ColourFormat {
        @Test
        void nameOrShortHexIsAnError() {
            f.cityPortal().setMainColour("red");
            f.waterSite().setMainColour("#12345");
            List<Problem> problems = validate();
            Problem problem = assertProblem(problems, Rule.COLOUR_FORMAT, f.cityPortal(), SITE__MAIN_COLOUR);
            assertTrue(problem.message().contains("red"), problem.message());
            assertProblem(problems, Rule.COLOUR_FORMAT, f.waterSite(), SITE__MAIN_COLOUR);
        }

        @Test
        void hexColourOrNoneIsFine() {
            f.cityPortal().setMainColour("#a1B2c3");
            f.waterSite().setMainColour(null);
            assertNoProblem(validate(), Rule.COLOUR_FORMAT);
        }
    }

    @Test
    void newOrganisationsAreCheckedToo() {
        Organisation unnamed = TestPlatforms.organisation(f.platform(), null, OrganisationKind.DEPARTMENT, "130600",
                "x", f.city());
        assertProblem(validate(), Rule.REQUIRED, unnamed, NAMED__NAME);
    }
}
