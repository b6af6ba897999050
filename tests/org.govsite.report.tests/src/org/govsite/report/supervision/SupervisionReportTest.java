package org.govsite.report.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.govsite.model.GovSiteFactory;
import org.govsite.model.LifecycleStatus;
import org.govsite.model.Site;
import org.govsite.protocol.PageTime;
import org.govsite.report.ManualFields;
import org.govsite.report.Problem;
import org.govsite.report.check.ConsistencyChecks;
import org.junit.jupiter.api.Test;

/** The supervision report's validation and the sites opened and closed counted from the model. */
class SupervisionReportTest {
    static final SpotCheckResult NO_CHECKS = SpotChecks.defaults().compute(2026, List.of(), 0);

    static SupervisionReport report(Map<SupervisionItem, Long> counts) {
        return new SupervisionReport(2026, "测试省人民政府办公厅", NO_CHECKS, counts);
    }

    @Test
    void partsWithinTotalsAreValid() {
        Map<SupervisionItem, Long> counts = Map.of(SupervisionItem.ERRORS_RECEIVED, 10L,
                SupervisionItem.ERRORS_FORWARDED, 10L, SupervisionItem.ERRORS_ANSWERED, 9L,
                SupervisionItem.COUNTERFEIT_FOUND, 2L, SupervisionItem.COUNTERFEIT_HANDLED, 2L);
        assertTrue(report(counts).validate().isEmpty());
        assertEquals(0, report(counts).count(SupervisionItem.STAFF_TRAINED));
    }

    @Test
    void partsAboveTotalsAndNegativeCountsAreErrors() {
        Map<SupervisionItem, Long> counts = Map.of(SupervisionItem.ERRORS_RECEIVED, 10L,
                SupervisionItem.ERRORS_FORWARDED, 11L, SupervisionItem.ERRORS_ANSWERED, 12L,
                SupervisionItem.COUNTERFEIT_HANDLED, 1L, SupervisionItem.STAFF_TRAINED, -3L);
        List<Problem> problems = report(counts).validate();
        assertEquals(List.of(ConsistencyChecks.PART_EXCEEDS_TOTAL, ConsistencyChecks.PART_EXCEEDS_TOTAL,
                ConsistencyChecks.PART_EXCEEDS_TOTAL, ManualFields.CHECK),
                problems.stream().map(Problem::check).toList());
        assertEquals("Forwarded within 1 working day (11) exceeds User error reports received (10)",
                problems.get(0).english());
        assertEquals("3个工作日内答复数（12）超过“我为政府网站找错”收到网民留言数（10）", problems.get(1).chinese());
        assertEquals("Counterfeit sites handled (1) exceeds Counterfeit sites found (0)", problems.get(2).english());
        assertEquals("Staff trained: \"-3\" is not a non-negative whole number", problems.get(3).english());
    }

    @Test
    void sitesOpenedAndClosedInTheYearInBeijingTime() {
        List<Site> sites = List.of(site("2026-01-01T00:00", LifecycleStatus.RUNNING, null),
                site("2025-12-31T23:59", LifecycleStatus.CLOSED, "2026-06-30T12:00"),
                site("2026-12-31T23:59", LifecycleStatus.ARCHIVED, "2026-12-31T23:59"),
                site(null, LifecycleStatus.CLOSED, "2027-01-01T00:00"),
                site("2027-01-01T00:00", LifecycleStatus.TEMPORARILY_OFFLINE, "2026-03-01T00:00"));
        assertEquals(new SiteChanges(2, 1), SiteChanges.count(sites, 2026));
    }

    private static Site site(String opened, LifecycleStatus status, String since) {
        Site site = GovSiteFactory.eINSTANCE.createSite();
        site.setOpenedOn(date(opened));
        site.setStatus(status);
        site.setStatusSince(date(since));
        return site;
    }

    private static Date date(String beijingTime) {
        return beijingTime == null ? null
                : Date.from(LocalDateTime.parse(beijingTime).atZone(PageTime.ZONE).toInstant());
    }
}
