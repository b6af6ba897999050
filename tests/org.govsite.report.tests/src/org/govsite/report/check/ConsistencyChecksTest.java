package org.govsite.report.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.govsite.model.validation.Severity;
import org.govsite.report.AnnualReport;
import org.govsite.report.ManualFields;
import org.govsite.report.Problem;
import org.govsite.report.ReportRow;
import org.govsite.report.SampleReports;
import org.govsite.report.SiteStatistics;
import org.govsite.report.SiteStatistics.Articles;
import org.govsite.report.SiteStatistics.Cases;
import org.govsite.report.SiteStatistics.Interviews;
import org.govsite.report.SiteStatistics.Messages;
import org.govsite.report.SiteStatistics.Services;
import org.govsite.report.Visits;
import org.junit.jupiter.api.Test;

/** Each consistency check firing on a report made to fail it, and silent on the consistent sample. */
class ConsistencyChecksTest {
    private static final ConsistencyChecks CHECKS = new ConsistencyChecks(ConsistencyChecks.CheckSettings.defaults());
    private static final LocalDate IN_TIME = LocalDate.of(2027, 1, 31);

    private static List<Problem> check(SiteStatistics site, ManualFields manual, LocalDate publication) {
        return CHECKS.check(new AnnualReport(SampleReports.YEAR, site, new Visits(1, 2), manual), publication);
    }

    private static List<String> ids(List<Problem> problems) {
        return problems.stream().map(problem -> problem.check() + ' ' + problem.row()).toList();
    }

    private static SiteStatistics site(Articles articles, Services services, Messages messages,
            Interviews interviews) {
        SiteStatistics s = SampleReports.site(1);
        return new SiteStatistics(s.siteId(), s.siteName(), s.host(), s.idCode(), articles, s.topics(),
                s.interpretations(), s.hotspotResponses(), services, messages, s.solicitations(), interviews);
    }

    @Test
    void theSampleIsConsistent() throws IOException {
        for (AnnualReport report : SampleReports.reports(5)) {
            assertEquals(List.of(), CHECKS.check(report, IN_TIME));
        }
    }

    @Test
    void partsExceedingTheirTotalsAreErrors() {
        SiteStatistics s = SampleReports.site(1);
        List<Problem> problems = check(site(new Articles(100, 40, 40, 21), new Services(true, 0, 10, 11,
                s.services().cases()), new Messages(10, 11, 1.0, 12), new Interviews(1, 5, 6)),
                SampleReports.manual(1), IN_TIME);
        assertEquals(List.of("REPORT-PART-EXCEEDS-TOTAL ARTICLES_TOTAL", "REPORT-PART-EXCEEDS-TOTAL SERVICE_ITEMS",
                "REPORT-PART-EXCEEDS-TOTAL MESSAGES_RECEIVED", "REPORT-PART-EXCEEDS-TOTAL MESSAGES_CLOSED",
                "REPORT-PART-EXCEEDS-TOTAL INTERVIEW_QUESTIONS"), ids(problems));
        assertEquals("概况类信息更新量 + 政务动态信息更新量 + 信息公开目录信息更新量（101）超过信息发布总数（100）",
                problems.get(0).chinese());
        assertEquals("Messages closed (11) exceeds Messages received (10)", problems.get(2).english());
        assertEquals(Severity.ERROR, problems.get(0).severity());
        // equal is fine: 100 = 40 + 40 + 20
        assertEquals(List.of(), check(site(new Articles(100, 40, 40, 20), s.services(), s.messages(),
                s.interviews()), SampleReports.manual(1), IN_TIME));
    }

    @Test
    void casesMustAddUpAndSecurityFixesNotExceedProblems() {
        SiteStatistics s = SampleReports.site(1);
        List<Problem> problems = check(site(s.articles(), new Services(true, 0, 10, 5, new Cases(10, 6, 3)),
                s.messages(), s.interviews()), SampleReports.manual(1).with(
                        ReportRow.SECURITY_FIXED, "99"), IN_TIME);
        assertEquals(List.of("REPORT-PART-EXCEEDS-TOTAL SECURITY_PROBLEMS", "REPORT-CASES-SUM CASES_TOTAL"),
                ids(problems));
        assertEquals("Cases handled in total (10) is not Cases of natural persons + Cases of legal entities (9)",
                problems.get(1).english());
    }

    @Test
    void manualFieldsAreCheckedAndLatePublicationWarned() {
        SiteStatistics s = SampleReports.site(1);
        List<Problem> problems = check(s, SampleReports.manual(1).with(ReportRow.FILLER, null),
                LocalDate.of(2027, 2, 1));
        assertEquals(List.of("REPORT-MANUAL-FIELD FILLER", "REPORT-DEADLINE null"), ids(problems));
        Problem late = problems.get(1);
        assertEquals(Severity.WARNING, late.severity());
        assertEquals("发布日期2027-02-01晚于截止日期2027-01-31", late.chinese());
        assertEquals(List.of(), new ConsistencyChecks(new ConsistencyChecks.CheckSettings(MonthDay.of(2, 15)))
                .check(new AnnualReport(2026, s, Visits.NONE, SampleReports.manual(1)), LocalDate.of(2027, 2, 15)));
    }
}
