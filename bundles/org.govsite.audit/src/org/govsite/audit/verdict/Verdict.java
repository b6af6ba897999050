package org.govsite.audit.verdict;

import java.util.List;

/**
 * A site's 检查指标 result: any single-veto item fails it; otherwise it passes with at least the pass mark.
 *
 * @param vetoes the single-veto items that fired
 * @param deductions the deductions, each with its points
 * @param score 100 minus the deductions, never below 0
 * @param passMark the lowest passing score
 */
public record Verdict(List<VerdictItem> vetoes, List<VerdictItem> deductions, double score, double passMark) {

    public Verdict {
        vetoes = List.copyOf(vetoes);
        deductions = List.copyOf(deductions);
    }

    /** @return whether the site is qualified (合格) */
    public boolean qualified() {
        return vetoes.isEmpty() && score >= passMark;
    }
}
