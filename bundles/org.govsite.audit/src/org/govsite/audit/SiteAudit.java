package org.govsite.audit;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.govsite.audit.verdict.Verdict;

/**
 * One site's audit: what was read, what was found, and the 检查指标 verdict drawn from it.
 *
 * @param home the home page audited
 * @param started when the crawl began
 * @param finished when the verdict was drawn
 * @param pages the pages read
 * @param findings every finding, ordered by page, rule, target and evidence
 * @param verdict the single-veto items and deductions that apply
 */
public record SiteAudit(URI home, Instant started, Instant finished, int pages, List<Finding> findings,
        Verdict verdict) {

    public SiteAudit {
        findings = List.copyOf(findings);
    }
}
