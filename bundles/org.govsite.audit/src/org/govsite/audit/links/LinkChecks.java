package org.govsite.audit.links;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.audit.Finding;
import org.govsite.audit.crawl.CheckedLink;
import org.govsite.audit.crawl.CrawlResult;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.crawl.Hop;
import org.govsite.audit.crawl.Link;
import org.govsite.audit.crawl.Page;
import org.govsite.audit.crawl.Resolution;

/**
 * Turns a crawl into findings: one per link occurrence (page, element) whose target is not healthy or that breaks a
 * link rule, and one per page over the load-time budget.
 */
public final class LinkChecks {
    private static final int TOO_MANY_REQUESTS = 429;
    private static final String HTTPS = "https"; //$NON-NLS-1$
    /** The fragment browsers scroll to the top for, with or without such an id (HTML, "the indicated part"). */
    private static final String TOP = "top"; //$NON-NLS-1$

    private final CrawlSettings settings;
    private final ExternalLinks external;
    private final Map<URI, Page> pages;
    private final List<Finding> findings = new ArrayList<>();

    private LinkChecks(CrawlResult crawl, CrawlSettings settings) {
        this.settings = settings;
        external = new ExternalLinks(settings);
        pages = crawl.pages().stream().collect(Collectors.toMap(Page::url, Function.identity(), (a, b) -> a));
    }

    public static List<Finding> findings(CrawlResult crawl, CrawlSettings settings) {
        LinkChecks checks = new LinkChecks(crawl, settings);
        crawl.links().forEach(checks::check);
        for (Page page : crawl.pages()) {
            if (page.loadTime().compareTo(settings.maxLoadTime()) > 0) {
                checks.findings.add(Finding.page(LinkRule.LOAD_TIME, page.url(), page.loadTime().toMillis()
                        + " ms > " + settings.maxLoadTime().toMillis() + " ms")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return checks.findings;
    }

    private void check(CheckedLink checked) {
        Link link = checked.link();
        Resolution outcome = checked.outcome();
        if (link.embedded() && link.page().getScheme().equals(HTTPS) && !link.target().getScheme().equals(HTTPS)) {
            add(LinkRule.MIXED_CONTENT, link, link.element() + " " + link.target()); //$NON-NLS-1$
        }
        if (external.unprompted(checked)) {
            add(LinkRule.EXTERNAL_NO_PROMPT, link, outcome == null ? link.target().toString() : outcome.describe());
        }
        if (outcome == null) {
            return;
        }
        LinkRule rule = health(outcome);
        if (rule != null) {
            add(rule, link, outcome.describe());
            return;
        }
        Hop last = outcome.last();
        if (link.element().equals("img") && last.size() > settings.maxImageBytes()) { //$NON-NLS-1$
            add(LinkRule.IMAGE_SIZE, link, last.size() + " bytes > " + settings.maxImageBytes()); //$NON-NLS-1$
        }
        Page target = pages.get(last.url());
        if (settings.checkFragments() && link.navigates() && !link.fragment().isEmpty()
                && !link.fragment().equalsIgnoreCase(TOP) && target != null
                && !target.anchors().contains(link.fragment())) {
            add(LinkRule.FRAGMENT_MISSING, link, "#" + link.fragment()); //$NON-NLS-1$
        }
    }

    private LinkRule health(Resolution outcome) {
        if (outcome.loop()) {
            return LinkRule.REDIRECT_LOOP;
        }
        if (outcome.broken()) {
            int status = outcome.tooManyRedirects() ? 0 : outcome.last().status();
            return status == TOO_MANY_REQUESTS ? LinkRule.RATE_LIMITED
                    : settings.softBlockedStatuses().contains(status) ? LinkRule.SOFT_BLOCKED : LinkRule.BROKEN;
        }
        return outcome.redirects() > settings.maxRedirectHops() ? LinkRule.REDIRECT_CHAIN : null;
    }

    private void add(LinkRule rule, Link link, String evidence) {
        findings.add(Finding.link(rule, link.page(), link.target(), link.element(), link.text(), evidence));
    }
}
