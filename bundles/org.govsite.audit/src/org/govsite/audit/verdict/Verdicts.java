package org.govsite.audit.verdict;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.govsite.audit.Finding;

/** Draws a site's verdict from its findings (docs/rules.md, "Verdict"). */
public final class Verdicts {
    private static final Set<String> SERIOUS_CONTENT = Set.of("PAGE-SENSITIVE-WORD", "PAGE-HIDDEN-LINK"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final String BROKEN = "LINK-BROKEN"; //$NON-NLS-1$
    private static final double FULL_MARKS = 100;

    private Verdicts() {
    }

    /**
     * @param home the site's home page (broken links on it cost more)
     * @param findings the site's findings
     */
    public static Verdict judge(URI home, List<Finding> findings, VerdictSettings settings) {
        List<VerdictItem> vetoes = new ArrayList<>();
        List<Finding> serious = findings.stream().filter(f -> SERIOUS_CONTENT.contains(f.ruleId())).toList();
        if (!serious.isEmpty()) {
            vetoes.add(new VerdictItem(Indicator.VETO_SERIOUS_CONTENT, 0, serious));
        }
        List<VerdictItem> deductions = new ArrayList<>();
        for (Finding finding : findings) {
            if (BROKEN.equals(finding.ruleId())) {
                double points = finding.page().equals(home) ? settings.brokenLinkHomePoints()
                        : settings.brokenLinkPoints();
                deductions.add(new VerdictItem(Indicator.DEDUCT_BROKEN_LINK, points, List.of(finding)));
            }
        }
        double lost = deductions.stream().mapToDouble(VerdictItem::points).sum();
        return new Verdict(vetoes, deductions, Math.max(0, FULL_MARKS - lost), settings.passMark());
    }
}
