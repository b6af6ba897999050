package org.govsite.audit.links;

import org.govsite.audit.Finding;
import java.util.ArrayList;
import java.util.List;

import org.govsite.audit.crawl.CheckedLink;
import org.govsite.audit.crawl.CrawlResult;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.crawl.Resolution;

/** Turns a crawl's links into findings: one per link occurrence (page, element) whose target is not healthy. */
public final class LinkChecks {
    private static final int TOO_MANY_REQUESTS = 429;

    private LinkChecks() {
    }

    public static List<Finding> findings(CrawlResult crawl, CrawlSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (CheckedLink checked : crawl.links()) {
            Resolution outcome = checked.outcome();
            LinkRule rule = outcome == null ? null : rule(outcome, settings);
            if (rule != null) {
                findings.add(Finding.link(rule, checked.link().page(), checked.link().target(),
                        checked.link().element(), checked.link().text(), outcome.describe()));
            }
        }
        return findings;
    }

    private static LinkRule rule(Resolution outcome, CrawlSettings settings) {
        if (outcome.loop()) {
            return LinkRule.REDIRECT_LOOP;
        }
        if (outcome.broken()) {
            return outcome.last().status() == TOO_MANY_REQUESTS ? LinkRule.RATE_LIMITED : LinkRule.BROKEN;
        }
        return outcome.redirects() > settings.maxRedirectHops() ? LinkRule.REDIRECT_CHAIN : null;
    }
}
