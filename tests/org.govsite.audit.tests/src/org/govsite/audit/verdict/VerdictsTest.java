package org.govsite.audit.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.govsite.audit.Finding;
import org.govsite.audit.content.ContentRule;
import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.links.LinkRule;
import org.junit.jupiter.api.Test;

class VerdictsTest {
    private static final URI HOME = URI.create("http://www.example.gov.cn/");
    private static final URI ARTICLE = URI.create("http://www.example.gov.cn/a/1.html");

    private static final Freshness NOTHING_STALE = new Freshness(true, List.of(), List.of());

    private static VerdictSettings withPassMark(double passMark) {
        VerdictSettings d = VerdictSettings.defaults();
        return new VerdictSettings(passMark, d.brokenLinkHomePoints(), d.brokenLinkPoints(), d.staleColumnsVeto(),
                d.notUpdatedColumnsVeto(), d.emptyColumnsVeto(), d.policyStalePoints(), d.staleCategories(),
                d.firstLevelStaleCategories());
    }

    private static Finding broken(URI page) {
        return Finding.link(LinkRule.BROKEN, page, URI.create("http://www.example.gov.cn/gone"), "a", "x", "404");
    }

    @Test
    void brokenLinksCostOnePointOnTheHomePageAndATenthElsewhere() {
        Verdict verdict = Verdicts.judge(HOME, List.of(broken(HOME), broken(ARTICLE), broken(ARTICLE)),
                NOTHING_STALE, VerdictSettings.defaults());
        assertEquals(100 - 1 - 0.2, verdict.score(), 1e-9);
        assertEquals(3, verdict.deductions().size());
        assertTrue(verdict.vetoes().isEmpty());
        assertTrue(verdict.qualified());
    }

    @Test
    void aSensitiveWordOrHiddenLinkIsASingleVetoCitingItsFindings() {
        Finding word = Finding.page(ContentRule.SENSITIVE_WORD, ARTICLE, "赌博");
        Finding hidden = Finding.page(ContentRule.HIDDEN_LINK, HOME, "http://spam.example.com/");
        Verdict verdict = Verdicts.judge(HOME, List.of(word, hidden, broken(ARTICLE)), NOTHING_STALE, VerdictSettings.defaults());
        assertEquals(1, verdict.vetoes().size());
        assertEquals(Indicator.VETO_SERIOUS_CONTENT, verdict.vetoes().get(0).indicator());
        assertEquals(List.of(word, hidden), verdict.vetoes().get(0).evidence());
        assertFalse(verdict.qualified());
    }

    @Test
    void aScoreUnderThePassMarkFails() {
        Verdict verdict = Verdicts.judge(HOME, List.of(broken(HOME), broken(HOME)), NOTHING_STALE,
                withPassMark(99));
        assertEquals(98, verdict.score(), 1e-9);
        assertFalse(verdict.qualified());
    }

    @Test
    void aSeriousWordingErrorIsASingleVetoAPlainTypoIsNot() {
        Finding typo = Finding.page(ContentRule.TYPO, ARTICLE, "再接再励 → 再接再厉 ×1: …");
        assertTrue(Verdicts.judge(HOME, List.of(typo), NOTHING_STALE, VerdictSettings.defaults()).qualified());
        Finding serious = Finding.page(ContentRule.TYPO_SERIOUS, ARTICLE, "中华人民共合国 → 中华人民共和国 ×1: …");
        Verdict verdict = Verdicts.judge(HOME, List.of(typo, serious), NOTHING_STALE, VerdictSettings.defaults());
        assertEquals(List.of(new VerdictItem(Indicator.VETO_SERIOUS_CONTENT, 0, List.of(serious))), verdict.vetoes());
    }
}
