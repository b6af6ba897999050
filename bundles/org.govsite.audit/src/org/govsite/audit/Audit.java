package org.govsite.audit;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.govsite.audit.content.ContentChecks;
import org.govsite.audit.crawl.CrawlResult;
import org.govsite.audit.crawl.Crawler;
import org.govsite.audit.crawl.PageReader;
import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.freshness.FreshnessChecks;
import org.govsite.audit.freshness.FreshnessCollector;
import org.govsite.audit.links.Ipv6Reach;
import org.govsite.audit.links.LinkChecks;
import org.govsite.audit.verdict.Verdicts;
import org.govsite.protocol.PageTime;

/**
 * Audits one site: crawls it with the page checks, turns its links into findings, checks that it is reached over
 * IPv6, judges the freshness of its home page and columns on the day the audit starts in Beijing time (pages date
 * their articles in Beijing time, whatever the clock's zone) and draws the verdict. Headless:
 * the workbench runs it in a Job, the command line and benchmarks call it directly.
 */
public final class Audit {
    /** The order findings are reported in: page, rule, target, evidence. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.page().toString())
            .thenComparing(Finding::ruleId).thenComparing(Finding::target).thenComparing(Finding::evidence);

    private final AuditSettings settings;
    private final Clock clock;

    public Audit(AuditSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param home the site's home page
     * @param monitor progress, one unit per page read; may be {@code null}
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
     */
    public SiteAudit run(URI home, IProgressMonitor monitor) {
        Instant started = clock.instant();
        Queue<Finding> pageFindings = new ConcurrentLinkedQueue<>();
        PageReader checks = new ContentChecks(settings.content()).into(pageFindings);
        FreshnessCollector dates = new FreshnessCollector();
        CrawlResult crawl = new Crawler(settings.crawl()).crawl(home, monitor, (page, document) -> {
            checks.read(page, document);
            dates.read(page, document);
        });
        List<Finding> findings = new ArrayList<>(LinkChecks.findings(crawl, settings.crawl()));
        Ipv6Reach.check(home, settings.crawl()).ifPresent(findings::add);
        findings.addAll(pageFindings);
        Freshness freshness = FreshnessChecks.check(home, crawl, dates.pages(), LocalDate.ofInstant(started, PageTime.ZONE),
                settings.freshness());
        findings.addAll(freshness.findings());
        findings.sort(ORDER);
        return new SiteAudit(home, started, clock.instant(), crawl.pages().size(), findings,
                Verdicts.judge(home, findings, freshness, settings.verdict()));
    }
}
