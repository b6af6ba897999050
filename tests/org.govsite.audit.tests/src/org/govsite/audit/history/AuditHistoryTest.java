package org.govsite.audit.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.content.ContentRule;
import org.govsite.audit.links.LinkRule;
import org.govsite.audit.verdict.VerdictSettings;
import org.govsite.audit.verdict.Verdicts;
import org.govsite.model.validation.Severity;
import org.govsite.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit history on an H2 file in a temporary folder: runs, findings, decisions, diff and trend. */
class AuditHistoryTest {
    private static final URI HOME = URI.create("http://www.example.gov.cn/");
    private static final URI OTHER = URI.create("http://www.other.gov.cn/");
    private static final URI ARTICLE = URI.create("http://www.example.gov.cn/a/1.html");
    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00.123Z");

    private static final Finding BROKEN = Finding.link(LinkRule.BROKEN, HOME, URI.create("http://www.example.gov.cn/gone"),
            "a", "走了", "HTTP 404");
    private static final Finding NO_TAGS = Finding.page(ContentRule.TAGS_ARTICLE, ARTICLE, "ArticleTitle, PubDate");
    private static final Finding WORD = Finding.page(ContentRule.SENSITIVE_WORD, ARTICLE, "赌博");

    @TempDir
    Path folder;

    private AuditHistory history;

    @BeforeEach
    void open() {
        history = AuditHistory.open(folder);
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static SiteAudit audit(URI home, int minutes, Finding... findings) {
        Instant started = T0.plusSeconds(60L * minutes);
        return new SiteAudit(home, started, started.plusSeconds(5), 7, List.of(findings),
                Verdicts.judge(home, List.of(findings), new Freshness(true, List.of(), List.of()), VerdictSettings.defaults()));
    }

    @Test
    void aSavedRunComesBackWithItsFindingsInOrder() {
        AuditRun saved = history.save(audit(HOME, 0, BROKEN, NO_TAGS, WORD));

        assertEquals(List.of(saved), history.runs(HOME));
        AuditRun run = history.run(saved.id()).orElseThrow();
        assertEquals(HOME, run.home());
        assertEquals(T0, run.started());
        assertEquals(T0.plusSeconds(5), run.finished());
        assertEquals(7, run.pages());
        assertEquals(3, run.findings());
        assertFalse(run.qualified());
        assertEquals(List.of("VETO-SERIOUS-CONTENT"), run.vetoes());

        List<StoredFinding> findings = history.findings(saved.id());
        assertEquals(List.of("LINK-BROKEN", "PAGE-TAGS-ARTICLE", "PAGE-SENSITIVE-WORD"),
                findings.stream().map(StoredFinding::ruleId).toList());
        StoredFinding broken = findings.get(0);
        assertEquals(FindingKeys.of(BROKEN), broken.key());
        assertEquals(Severity.ERROR, broken.severity());
        assertEquals(HOME, broken.page());
        assertEquals("http://www.example.gov.cn/gone", broken.target());
        assertEquals("a", broken.element());
        assertEquals("走了", broken.anchorText());
        assertEquals("HTTP 404", broken.evidence());
        assertEquals(BROKEN.message(), broken.message());
        assertEquals(Optional.empty(), broken.decision());
    }

    @Test
    void aRunReadBackIsTheAuditSavedWithItsRulesAndVerdict() {
        Finding other = Finding.link(LinkRule.BROKEN, ARTICLE, URI.create("http://www.example.gov.cn/old"), "a", "旧",
                "HTTP 410");
        SiteAudit saved = audit(HOME, 0, BROKEN, NO_TAGS, WORD, other);
        assertEquals(1, saved.verdict().vetoes().size());
        assertEquals(2, saved.verdict().deductions().size());
        AuditRun run = history.save(saved);

        SiteAudit read = history.audit(run.id()).orElseThrow();
        assertEquals(saved, read);
        assertEquals(ContentRule.SENSITIVE_WORD, read.findings().get(2).rule());
        assertEquals(List.of(WORD), read.verdict().vetoes().get(0).evidence());
        assertEquals(List.of(other), read.verdict().deductions().get(1).evidence());
        assertEquals(Optional.empty(), history.audit(run.id() + 1));
    }

    @Test
    void theKeyDependsOnRulePageTargetAndEvidenceOnly() {
        Finding otherText = Finding.link(LinkRule.BROKEN, HOME, URI.create("http://www.example.gov.cn/gone"), "img",
                "另一个", "HTTP 404");
        Finding otherEvidence = Finding.link(LinkRule.BROKEN, HOME, URI.create("http://www.example.gov.cn/gone"), "a",
                "走了", "HTTP 500");
        assertEquals(FindingKeys.of(BROKEN), FindingKeys.of(otherText));
        assertNotEquals(FindingKeys.of(BROKEN), FindingKeys.of(otherEvidence));
        assertNotEquals(FindingKeys.of("A", "bc", "", ""), FindingKeys.of("A", "b", "c", ""));
        assertTrue(FindingKeys.of(BROKEN).matches("[0-9a-f]{64}"));
    }

    @Test
    void aDecisionShowsOnTheSameFindingOfLaterRunsOnly() {
        AuditRun first = history.save(audit(HOME, 0, BROKEN, NO_TAGS));
        Decision decision = new Decision(DecisionKind.FALSE_ALARM, "服务器维护中", "zhang", T0.plusSeconds(30));
        history.decide(FindingKeys.of(BROKEN), decision);
        AuditRun second = history.save(audit(HOME, 10, NO_TAGS, BROKEN));

        for (AuditRun run : List.of(first, second)) {
            Map<String, Optional<Decision>> byRule = history.findings(run.id()).stream()
                    .collect(java.util.stream.Collectors.toMap(StoredFinding::ruleId, StoredFinding::decision));
            assertEquals(Optional.of(decision), byRule.get("LINK-BROKEN"));
            assertEquals(Optional.empty(), byRule.get("PAGE-TAGS-ARTICLE"));
        }
        Decision accepted = new Decision(DecisionKind.ACCEPTED, "外部链接，无法修改", "li", T0.plusSeconds(90));
        history.decide(FindingKeys.of(BROKEN), accepted);
        assertEquals(Optional.of(accepted), history.findings(second.id()).get(1).decision());
        history.reopen(FindingKeys.of(BROKEN));
        assertEquals(Optional.empty(), history.findings(second.id()).get(1).decision());
        assertThrows(IllegalArgumentException.class, () -> new Decision(DecisionKind.ACCEPTED, " ", "li", T0));
    }

    @Test
    void theDiffSplitsNewFixedAndStillOpen() {
        AuditRun earlier = history.save(audit(HOME, 0, BROKEN, NO_TAGS));
        AuditRun later = history.save(audit(HOME, 10, NO_TAGS, WORD));

        RunDiff diff = history.diff(earlier.id(), later.id());
        assertEquals(List.of(FindingKeys.of(WORD)), diff.added().stream().map(StoredFinding::key).toList());
        assertEquals(List.of(FindingKeys.of(BROKEN)), diff.fixed().stream().map(StoredFinding::key).toList());
        assertEquals(List.of(FindingKeys.of(NO_TAGS)), diff.stillOpen().stream().map(StoredFinding::key).toList());
        assertEquals(later.id(), diff.stillOpen().get(0).runId());
        assertEquals(earlier.id(), diff.fixed().get(0).runId());

        RunDiff backwards = history.diff(later.id(), earlier.id());
        assertEquals(List.of("LINK-BROKEN"), backwards.added().stream().map(StoredFinding::ruleId).toList());
        assertEquals(List.of("PAGE-SENSITIVE-WORD"), backwards.fixed().stream().map(StoredFinding::ruleId).toList());
    }

    @Test
    void runsAreKeptPerSiteWithTheirTrend() {
        AuditRun first = history.save(audit(HOME, 0, BROKEN, NO_TAGS, WORD));
        history.save(audit(OTHER, 5));
        AuditRun second = history.save(audit(HOME, 10, NO_TAGS));

        assertEquals(List.of(HOME, OTHER), history.sites());
        assertEquals(List.of(second, first), history.runs(HOME));
        assertEquals(List.of(HOME, OTHER), history.latestRuns().stream().map(AuditRun::home).toList());
        assertEquals(second, history.latestRuns().get(0));

        List<TrendPoint> trend = history.trend(HOME);
        assertEquals(List.of(first, second), trend.stream().map(TrendPoint::run).toList());
        assertEquals(2, trend.get(0).count(Severity.ERROR));
        assertEquals(1, trend.get(0).count(Severity.WARNING) + trend.get(0).count(Severity.INFO));
        assertEquals(Map.of(Severity.ERROR, 0, Severity.WARNING, 1, Severity.INFO, 0), trend.get(1).bySeverity());
        assertEquals(0, history.trend(OTHER).get(0).count(Severity.ERROR));
    }

    @Test
    void everythingIsThereAfterReopeningAndTheFileIsHeldByOneProgram() {
        AuditRun run = history.save(audit(HOME, 0, BROKEN));
        Decision decision = new Decision(DecisionKind.ACCEPTED, "已知问题", "wang", T0);
        history.decide(FindingKeys.of(BROKEN), decision);
        assertThrows(StoreException.class, () -> AuditHistory.open(folder));
        history.close();
        assertTrue(Files.exists(folder.resolve(AuditHistory.DATABASE_NAME + ".mv.db")));
        assertThrows(StoreException.class, () -> history.runs(HOME));

        history = AuditHistory.open(folder);
        assertEquals(List.of(run), history.runs(HOME));
        assertEquals(Optional.of(decision), history.findings(run.id()).get(0).decision());
        AuditRun next = history.save(audit(HOME, 10, BROKEN));
        assertTrue(next.id() > run.id());
        assertEquals(Optional.of(decision), history.findings(next.id()).get(0).decision());
    }
}
