package org.govsite.ui.audit;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.audit.AuditSettings;
import org.govsite.audit.content.ContentSettings;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.verdict.VerdictSettings;

/**
 * What 审计设置 Audit Settings set for the workbench's next audits (docs/workbench.md); everything else keeps the
 * engine's defaults.
 *
 * @param sensitiveWords the sensitive words
 * @param typos the user typo dictionary, wrong form to correct form, in the order written
 * @param honourRobots obey robots.txt
 * @param sitemaps seed the crawl from the sitemaps
 * @param maxPages pages crawled at most per site
 * @param governmentHosts hosts or parent domains counted as government sites besides *.gov.cn
 * @param loadBudgetSeconds a page whose own GET takes longer is PAGE-LOAD-TIME
 */
public record AuditPreferences(List<String> sensitiveWords, Map<String, String> typos, boolean honourRobots,
        boolean sitemaps, int maxPages, List<String> governmentHosts, double loadBudgetSeconds) {

    private static final CrawlSettings CRAWL = CrawlSettings.defaults();

    public AuditPreferences {
        sensitiveWords = List.copyOf(sensitiveWords);
        typos = Collections.unmodifiableMap(new LinkedHashMap<>(typos));
        governmentHosts = List.copyOf(governmentHosts);
    }

    /** @return the engine's defaults */
    public static AuditPreferences defaults() {
        return new AuditPreferences(List.of(), Map.of(), CRAWL.honourRobots(), CRAWL.sitemaps(), CRAWL.maxPages(),
                CRAWL.governmentHosts(), CRAWL.maxLoadTime().toMillis() / 1000.0);
    }

    /** @return the settings an audit runs with: the engine's defaults with these preferences */
    public AuditSettings settings() {
        CrawlSettings crawl = CrawlSettings.builder().honourRobots(honourRobots).sitemaps(sitemaps)
                .limits(CRAWL.maxDepth(), maxPages, CRAWL.maxUrlLength(), CRAWL.maxRepeatedSegments(),
                        CRAWL.maxQueryVariants())
                .externalLinks(governmentHosts, CRAWL.leavePromptUrls())
                .budgets(CRAWL.maxImageBytes(), Duration.ofMillis(Math.round(loadBudgetSeconds * 1000))).build();
        return new AuditSettings(crawl, ContentSettings.defaults().withSensitiveWords(sensitiveWords).withTypos(typos),
                VerdictSettings.defaults());
    }
}
