package org.govsite.audit;

import org.govsite.audit.content.ContentSettings;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.freshness.FreshnessSettings;
import org.govsite.audit.verdict.VerdictSettings;

/**
 * Everything one site's audit can be told (docs/audit.md).
 *
 * @param crawl the crawl, its scope and limits, and the link checks
 * @param content the page checks
 * @param verdict the 检查指标 thresholds and points
 * @param freshness the age limits of the home page and of the column categories
 */
public record AuditSettings(CrawlSettings crawl, ContentSettings content, VerdictSettings verdict,
        FreshnessSettings freshness) {

    /** Settings with the default freshness limits. */
    public AuditSettings(CrawlSettings crawl, ContentSettings content, VerdictSettings verdict) {
        this(crawl, content, verdict, FreshnessSettings.defaults());
    }

    /** @return the documented defaults */
    public static AuditSettings defaults() {
        return new AuditSettings(CrawlSettings.defaults(), ContentSettings.defaults(), VerdictSettings.defaults());
    }
}
