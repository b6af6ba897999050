package org.govsite.audit.verdict;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.govsite.audit.AuditRule;
import org.govsite.audit.Finding;
import org.govsite.audit.freshness.ColumnFreshness;
import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.freshness.FreshnessRule;
import org.govsite.audit.freshness.FreshnessSettings;

/** Draws a site's verdict from its findings (docs/rules.md, "Verdict"). */
public final class Verdicts {
    private static final Set<String> SERIOUS_CONTENT = Set.of("PAGE-SENSITIVE-WORD", "PAGE-HIDDEN-LINK", //$NON-NLS-1$ //$NON-NLS-2$
            "PAGE-TYPO-SERIOUS"); //$NON-NLS-1$
    private static final String BROKEN = "LINK-BROKEN"; //$NON-NLS-1$

    private final List<Finding> findings;
    private final Freshness freshness;
    private final VerdictSettings settings;
    private final List<VerdictItem> vetoes = new ArrayList<>();
    private final List<VerdictItem> deductions = new ArrayList<>();

    private Verdicts(List<Finding> findings, Freshness freshness, VerdictSettings settings) {
        this.findings = findings;
        this.freshness = freshness;
        this.settings = settings;
    }

    /**
     * @param home the site's home page (broken links on it cost more)
     * @param findings the site's findings, the freshness findings included
     * @param freshness the freshness checks' view of the home page and the columns
     */
    public static Verdict judge(URI home, List<Finding> findings, Freshness freshness, VerdictSettings settings) {
        return new Verdicts(findings, freshness, settings).judge(home);
    }

    private Verdict judge(URI home) {
        veto(Indicator.VETO_SITE_UNREACHABLE, of(FreshnessRule.HOME_UNREADABLE), 1);
        veto(Indicator.VETO_SERIOUS_CONTENT, findings.stream().filter(f -> SERIOUS_CONTENT.contains(f.ruleId())).toList(),
                1);
        veto(Indicator.VETO_HOME_STALE, of(FreshnessRule.HOME_STALE), 1);
        List<Finding> stale = of(FreshnessRule.COLUMN_STALE);
        veto(Indicator.VETO_COLUMNS_STALE, stale.stream().filter(column(this::counted)).toList(),
                settings.staleColumnsVeto());
        veto(Indicator.VETO_COLUMNS_NOT_UPDATED, stale, settings.notUpdatedColumnsVeto());
        veto(Indicator.VETO_COLUMNS_EMPTY, of(FreshnessRule.COLUMN_EMPTY), settings.emptyColumnsVeto());
        for (Finding finding : findings) {
            if (BROKEN.equals(finding.ruleId())) {
                double points = finding.page().equals(home) ? settings.brokenLinkHomePoints()
                        : settings.brokenLinkPoints();
                deductions.add(new VerdictItem(Indicator.DEDUCT_BROKEN_LINK, points, List.of(finding)));
            }
        }
        stale.stream().filter(column(c -> c.firstLevel() && c.in(FreshnessSettings.POLICY)))
                .forEach(f -> deductions.add(new VerdictItem(Indicator.DEDUCT_POLICY_STALE,
                        settings.policyStalePoints(), List.of(f))));
        double lost = deductions.stream().mapToDouble(VerdictItem::points).sum();
        return new Verdict(vetoes, deductions, Math.max(0, VerdictSettings.MAX_SCORE - lost), settings.passMark());
    }

    /** Adds the veto when at least {@code threshold} findings (and at least one) support it. */
    private void veto(Indicator indicator, List<Finding> evidence, int threshold) {
        if (!evidence.isEmpty() && evidence.size() >= threshold) {
            vetoes.add(new VerdictItem(indicator, 0, evidence));
        }
    }

    private List<Finding> of(AuditRule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    /** @return whether a stale column counts towards {@link Indicator#VETO_COLUMNS_STALE} */
    private boolean counted(ColumnFreshness column) {
        return settings.staleCategories().stream().anyMatch(column::in)
                || column.firstLevel() && settings.firstLevelStaleCategories().stream().anyMatch(column::in);
    }

    /** @return a test of a column finding's column */
    private Predicate<Finding> column(Predicate<ColumnFreshness> test) {
        return finding -> freshness.column(finding.page()).filter(test).isPresent();
    }
}
