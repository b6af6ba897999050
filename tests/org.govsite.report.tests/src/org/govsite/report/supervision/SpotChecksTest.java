package org.govsite.report.supervision;

import static org.govsite.report.supervision.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.govsite.audit.history.AuditRun;
import org.govsite.report.Problem;
import org.junit.jupiter.api.Test;

/** Quarters drawn from audit runs, coverage, and the proposed sample. */
class SpotChecksTest {

    @Test
    void quartersFollowBeijingTimeAcrossQuarterAndYearBoundaries() {
        List<AuditRun> runs = List.of(
                run("a.gov.cn", "2025-12-31T23:59:59", false), // 2025 in Beijing, although 15:59 UTC
                run("b.gov.cn", "2026-01-01T00:00:00", true), // first instant of 2026 Q1 (16:00 UTC on 31 Dec)
                run("c.gov.cn", "2026-03-31T23:59:59", false), // last second of Q1
                run("c.gov.cn", "2026-04-01T00:00:00", true), // first second of Q2
                run("d.gov.cn", "2026-12-31T23:59:59", true), // Q4
                run("e.gov.cn", "2027-01-01T00:00:00", false)); // next year
        SpotCheckResult result = SpotChecks.defaults().compute(2026, runs, 4);
        assertEquals(List.of(new CheckRow(2, 1, true), new CheckRow(1, 0, false), new CheckRow(0, 0, false),
                new CheckRow(1, 0, false)), result.quarters());
        assertEquals(new CheckRow(3, 1, true), result.year());
    }

    @Test
    void theLatestRunOfTheQuarterGivesTheVerdict() {
        List<AuditRun> runs = List.of(run("a.gov.cn", "2026-02-10T09:00:00", true),
                run("a.gov.cn", "2026-03-20T09:00:00", false), run("a.gov.cn", "2026-03-01T09:00:00", true),
                run("b.gov.cn", "2026-01-05T09:00:00", false), run("b.gov.cn", "2026-01-06T09:00:00", true));
        SpotCheckResult result = SpotChecks.defaults().compute(2026, runs, 2);
        assertEquals(new CheckRow(2, 1, true), result.quarters().get(0));
        assertEquals(new CheckRow(2, 1, true), result.year());
    }

    @Test
    void aSiteUnqualifiedInAnyQuarterIsUnqualifiedForTheYear() {
        List<AuditRun> runs = List.of(run("a.gov.cn", "2026-02-10T09:00:00", false),
                run("a.gov.cn", "2026-05-10T09:00:00", true), run("b.gov.cn", "2026-08-10T09:00:00", true));
        SpotCheckResult result = SpotChecks.defaults().compute(2026, runs, 2);
        assertEquals(new CheckRow(2, 1, true), result.year());
        assertEquals(new CheckRow(1, 0, true), result.quarters().get(1));
    }

    @Test
    void coverageProblemBelowThirtyPercentOnly() {
        List<AuditRun> runs = new ArrayList<>();
        IntStream.range(0, 29).forEach(i -> runs.add(run("s" + i + ".gov.cn", "2026-02-01T10:00:00", true)));
        IntStream.range(0, 30).forEach(i -> runs.add(run("s" + i + ".gov.cn", "2026-05-01T10:00:00", true)));
        IntStream.range(0, 31).forEach(i -> runs.add(run("s" + i + ".gov.cn", "2026-08-01T10:00:00", true)));
        SpotChecks checks = SpotChecks.defaults();
        SpotCheckResult result = checks.compute(2026, runs, 100);
        assertFalse(result.quarters().get(0).covered());
        assertTrue(result.quarters().get(1).covered());
        assertTrue(result.quarters().get(2).covered());
        List<Problem> problems = checks.problems(result, 100);
        assertEquals(List.of(SpotChecks.COVERAGE, SpotChecks.COVERAGE),
                problems.stream().map(Problem::check).toList());
        assertEquals("Quarter 1: 29 of 100 sites in service checked, fewer than 30%", problems.get(0).english());
        assertEquals("第1季度：在运行的100个网站中抽查29个，低于30%", problems.get(0).chinese());
        assertEquals("Quarter 4: 0 of 100 sites in service checked, fewer than 30%", problems.get(1).english());
        assertTrue(new SpotChecks(29).compute(2026, runs, 100).quarters().get(0).covered());
    }

    @Test
    void sampleIsThirtyPercentRoundedUpPreferringUnqualifiedThenLongestUnchecked() {
        List<String> sites = IntStream.range(0, 11).mapToObj(i -> "s" + i + ".gov.cn").toList();
        List<AuditRun> previous = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            if (i != 7) {
                previous.add(run(sites.get(i), "2026-0" + (i % 3 + 1) + "-1" + i % 10 + "T10:00:00", i != 9));
            }
        }
        previous.add(run("s4.gov.cn", "2026-01-01T10:00:00", false));
        previous.add(run("s4.gov.cn", "2026-03-31T10:00:00", true)); // the later, qualified, run counts
        previous.add(run("s5.gov.cn", "2026-04-02T10:00:00", false)); // in the quarter itself: ignored
        List<String> sample = SpotChecks.defaults().proposeSample(new Quarter(2026, 2), sites, previous,
                new Random(42));
        // ceil(30% of 11) = 4: s9 unqualified last time, s7 never checked, then the oldest checks s0 (01-10), s3 (01-13)
        assertEquals(List.of("s9.gov.cn", "s7.gov.cn", "s0.gov.cn", "s3.gov.cn"), sample);
    }

    @Test
    void sampleIsDeterministicForASeedAndTiesDependOnIt() {
        List<String> sites = IntStream.range(0, 40).mapToObj(i -> "s" + i + ".gov.cn").toList();
        Quarter quarter = new Quarter(2026, 3);
        List<String> first = SpotChecks.defaults().proposeSample(quarter, sites, List.of(), new Random(7));
        assertEquals(12, first.size());
        assertEquals(first, SpotChecks.defaults().proposeSample(quarter, sites.reversed(), List.of(), new Random(7)));
        assertNotEquals(first, SpotChecks.defaults().proposeSample(quarter, sites, List.of(), new Random(8)));
    }
}
