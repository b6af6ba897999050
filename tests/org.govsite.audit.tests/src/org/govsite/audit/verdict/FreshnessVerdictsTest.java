package org.govsite.audit.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.govsite.audit.Finding;
import org.govsite.audit.freshness.ColumnCategory;
import org.govsite.audit.freshness.ColumnFreshness;
import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.freshness.FreshnessRule;
import org.govsite.audit.freshness.FreshnessSettings;
import org.junit.jupiter.api.Test;

/** The 检查指标 items drawn from the freshness findings, each at its threshold. */
class FreshnessVerdictsTest {
    private static final URI HOME = URI.create("http://www.example.gov.cn/");
    private static final LocalDate OLD = LocalDate.of(2025, 1, 1);

    /** Columns and their findings, built up by each test. */
    private final List<ColumnFreshness> columns = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private static ColumnCategory category(String id) {
        return FreshnessSettings.defaults().categories().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElse(new ColumnCategory(id, 30, List.of(id)));
    }

    /** Adds {@code count} stale columns of the category. */
    private void stale(int count, String categoryId, boolean firstLevel) {
        for (int i = 0; i < count; i++) {
            URI page = HOME.resolve(String.format(Locale.ROOT, "/%s%d/%s/", categoryId, columns.size(), firstLevel));
            columns.add(new ColumnFreshness(page, "栏目", Optional.of(category(categoryId)), firstLevel, Optional.of(OLD)));
            findings.add(Finding.page(FreshnessRule.COLUMN_STALE, page, "栏目 [" + categoryId + "]: 2025-01-01"));
        }
    }

    private void empty(int count) {
        for (int i = 0; i < count; i++) {
            URI page = HOME.resolve("/empty" + columns.size() + "/");
            columns.add(new ColumnFreshness(page, "空", Optional.empty(), true, Optional.empty()));
            findings.add(Finding.page(FreshnessRule.COLUMN_EMPTY, page, "空"));
        }
    }

    private Verdict verdict() {
        return Verdicts.judge(HOME, findings, new Freshness(true, columns, findings), VerdictSettings.defaults());
    }

    private List<Indicator> vetoes() {
        return verdict().vetoes().stream().map(VerdictItem::indicator).toList();
    }

    @Test
    void fiveStaleNewsColumnsFailTheSiteFourDoNot() {
        stale(4, FreshnessSettings.NEWS, false);
        assertEquals(List.of(), vetoes());
        stale(1, FreshnessSettings.NEWS, false);
        assertEquals(List.of(Indicator.VETO_COLUMNS_STALE), vetoes());
        assertEquals(findings, verdict().vetoes().get(0).evidence());
        assertFalse(verdict().qualified());
    }

    @Test
    void noticeAndPolicyColumnsCountOnlyAtTheFirstLevel() {
        stale(2, FreshnessSettings.NOTICES, true);
        stale(2, FreshnessSettings.POLICY, true);
        stale(3, FreshnessSettings.POLICY, false);
        stale(1, "interaction", true);
        assertEquals(List.of(), vetoes());
        stale(1, FreshnessSettings.NEWS, false);
        assertEquals(List.of(Indicator.VETO_COLUMNS_STALE), vetoes());
        assertEquals(5, verdict().vetoes().get(0).evidence().size());
    }

    @Test
    void tenStaleColumnsOfAnyCategoryFailTheSiteNineDoNot() {
        stale(9, "interaction", true);
        assertEquals(List.of(), vetoes());
        stale(1, "service", false);
        assertEquals(List.of(Indicator.VETO_COLUMNS_NOT_UPDATED), vetoes());
        assertEquals(10, verdict().vetoes().get(0).evidence().size());
    }

    @Test
    void fiveEmptyColumnsFailTheSiteFourDoNot() {
        empty(4);
        assertEquals(List.of(), vetoes());
        empty(1);
        assertEquals(List.of(Indicator.VETO_COLUMNS_EMPTY), vetoes());
    }

    @Test
    void aStaleFirstLevelPolicyColumnCostsFivePoints() {
        stale(1, FreshnessSettings.POLICY, true);
        stale(1, FreshnessSettings.POLICY, false);
        stale(1, FreshnessSettings.NOTICES, true);
        Verdict verdict = verdict();
        assertEquals(1, verdict.deductions().size());
        VerdictItem item = verdict.deductions().get(0);
        assertEquals(Indicator.DEDUCT_POLICY_STALE, item.indicator());
        assertEquals(List.of(findings.get(0)), item.evidence());
        assertEquals(95, verdict.score(), 1e-9);
        assertTrue(verdict.qualified());
    }

    @Test
    void aStaleOrUnreadableHomePageFailsTheSite() {
        Finding stale = Finding.page(FreshnessRule.HOME_STALE, HOME, "2025-01-01 (15 > 14)");
        Verdict verdict = Verdicts.judge(HOME, List.of(stale), new Freshness(true, List.of(), List.of(stale)),
                VerdictSettings.defaults());
        assertEquals(List.of(new VerdictItem(Indicator.VETO_HOME_STALE, 0, List.of(stale))), verdict.vetoes());
        Finding unreadable = Finding.page(FreshnessRule.HOME_UNREADABLE, HOME, "");
        verdict = Verdicts.judge(HOME, List.of(unreadable), new Freshness(false, List.of(), List.of(unreadable)),
                VerdictSettings.defaults());
        assertEquals(List.of(new VerdictItem(Indicator.VETO_SITE_UNREACHABLE, 0, List.of(unreadable))),
                verdict.vetoes());
        assertFalse(verdict.qualified());
    }

    @Test
    void thresholdsAndPointsAreSettings() {
        stale(2, FreshnessSettings.POLICY, true);
        VerdictSettings d = VerdictSettings.defaults();
        VerdictSettings strict = new VerdictSettings(d.passMark(), d.brokenLinkHomePoints(), d.brokenLinkPoints(), 2,
                d.notUpdatedColumnsVeto(), d.emptyColumnsVeto(), 20, d.staleCategories(), d.firstLevelStaleCategories());
        Verdict verdict = Verdicts.judge(HOME, findings, new Freshness(true, columns, findings), strict);
        assertEquals(List.of(Indicator.VETO_COLUMNS_STALE), verdict.vetoes().stream().map(VerdictItem::indicator).toList());
        assertEquals(60, verdict.score(), 1e-9);
    }

    @Test
    void anItemsMessageNamesItsFindingsAndPoints() {
        stale(1, FreshnessSettings.POLICY, true);
        VerdictItem item = verdict().deductions().get(0);
        assertTrue(item.message().contains("5"), item.message());
        assertTrue(new VerdictItem(Indicator.DEDUCT_BROKEN_LINK, 0.1, findings).message().contains("0.1"));
        empty(5);
        assertTrue(verdict().vetoes().get(0).message().contains("5"), verdict().vetoes().get(0).message());
    }
}
