package org.govsite.ui.audit;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.govsite.audit.AuditSettings;
import org.govsite.audit.content.ContentSettings;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.crawl.TrustedCertificates;
import org.govsite.audit.freshness.ColumnCategory;
import org.govsite.audit.freshness.FreshnessSettings;
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
 * @param homeMaxAgeDays a home page whose newest date is older is FRESH-HOME-STALE
 * @param columnCategories the column categories and their update limits, in the order they are tried
 * @param softBlockedStatuses the statuses that are LINK-SOFT-BLOCKED instead of LINK-BROKEN
 * @param leavePromptUrls regular expressions of the URLs of leave-site prompt pages
 * @param caCertificates files of CA certificates (PEM or DER) https connections trust besides the JDK's
 * @param verdict the verdict's pass mark, points and single-veto counts (a province's own scoring rules)
 * @param through the server (an http(s) URL) the requests to the audited sites go to instead, with the site's name as
 *        {@code Host} ({@link CrawlSettings#through()}), empty: the sites' own hosts
 *        <p>
 *        Settings saved before there were the last seven read with the engine's defaults for them.
 */
public record AuditPreferences(List<String> sensitiveWords, Map<String, String> typos, boolean honourRobots,
        boolean sitemaps, int maxPages, List<String> governmentHosts, double loadBudgetSeconds, int homeMaxAgeDays,
        List<ColumnCategory> columnCategories, Set<Integer> softBlockedStatuses, List<String> leavePromptUrls,
        List<String> caCertificates, VerdictSettings verdict, String through) {

    private static final CrawlSettings CRAWL = CrawlSettings.defaults();
    private static final FreshnessSettings FRESHNESS = FreshnessSettings.defaults();

    public AuditPreferences {
        sensitiveWords = List.copyOf(sensitiveWords);
        typos = Collections.unmodifiableMap(new LinkedHashMap<>(typos));
        governmentHosts = List.copyOf(governmentHosts);
        homeMaxAgeDays = homeMaxAgeDays < 1 ? FRESHNESS.homeMaxAgeDays() : homeMaxAgeDays;
        columnCategories = columnCategories == null ? FRESHNESS.categories() : List.copyOf(columnCategories);
        softBlockedStatuses = softBlockedStatuses == null ? CRAWL.softBlockedStatuses() : Set.copyOf(softBlockedStatuses);
        leavePromptUrls = leavePromptUrls == null ? CRAWL.leavePromptUrls().stream().map(Pattern::pattern).toList()
                : List.copyOf(leavePromptUrls);
        caCertificates = caCertificates == null ? List.of() : List.copyOf(caCertificates);
        verdict = verdict == null ? VerdictSettings.defaults() : verdict;
        through = through == null ? "" : through.strip(); //$NON-NLS-1$
    }

    /** @return the engine's defaults */
    public static AuditPreferences defaults() {
        return new AuditPreferences(List.of(), Map.of(), CRAWL.honourRobots(), CRAWL.sitemaps(), CRAWL.maxPages(),
                CRAWL.governmentHosts(), CRAWL.maxLoadTime().toMillis() / 1000.0, FRESHNESS.homeMaxAgeDays(),
                FRESHNESS.categories(), null, null, null, null, null);
    }

    /** @return these preferences with {@code server} as the through server */
    public AuditPreferences withThrough(String server) {
        return new AuditPreferences(sensitiveWords, typos, honourRobots, sitemaps, maxPages, governmentHosts,
                loadBudgetSeconds, homeMaxAgeDays, columnCategories, softBlockedStatuses, leavePromptUrls, caCertificates,
                verdict, server);
    }

    /**
     * @return the settings an audit runs with: the engine's defaults with these preferences
     * @throws IllegalStateException when a certificate file cannot be used (gone since it was chosen), with the
     *         reason in the workbench's language
     */
    public AuditSettings settings() {
        CrawlSettings crawl = CrawlSettings.builder().honourRobots(honourRobots).sitemaps(sitemaps)
                .limits(CRAWL.maxDepth(), maxPages, CRAWL.maxUrlLength(), CRAWL.maxRepeatedSegments(),
                        CRAWL.maxQueryVariants())
                .externalLinks(governmentHosts, leavePromptUrls.stream().map(Pattern::compile).toList())
                .softBlockedStatuses(softBlockedStatuses)
                .budgets(CRAWL.maxImageBytes(), Duration.ofMillis(Math.round(loadBudgetSeconds * 1000)))
                .sslContext(trust()).through(CrawlSettings.parseThrough(through).orElse(null)).build();
        return new AuditSettings(crawl, ContentSettings.defaults().withSensitiveWords(sensitiveWords).withTypos(typos),
                verdict, new FreshnessSettings(homeMaxAgeDays, columnCategories));
    }

    private SSLContext trust() {
        try {
            return TrustedCertificates.sslContext(TrustedCertificates.paths(caCertificates));
        } catch (TrustedCertificates.FileException e) {
            throw new IllegalStateException(e.getLocalizedMessage(), e);
        }
    }
}
