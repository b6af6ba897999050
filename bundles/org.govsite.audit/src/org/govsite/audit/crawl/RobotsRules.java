package org.govsite.audit.crawl;

import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt of the hosts in scope (RFC 9309, parsed by crawler-commons), fetched once per host: a 4xx (or a
 * redirect) allows everything, a 5xx or no answer disallows everything, as the RFC says. Also tells the sitemaps it
 * lists.
 */
final class RobotsRules {
    private final Fetcher fetcher;
    private final List<String> agents;
    private final Once<String, BaseRobotRules> rules = new Once<>(UnaryOperator.identity());

    RobotsRules(Fetcher fetcher, String agent) {
        this.fetcher = fetcher;
        this.agents = List.of(agent);
    }

    boolean allows(URI url) {
        return of(url).isAllowed(url.toString());
    }

    /** @return the sitemaps the robots.txt of {@code url}'s host lists */
    List<String> sitemaps(URI url) {
        return of(url).getSitemaps();
    }

    private BaseRobotRules of(URI url) {
        return rules.get(Urls.authority(url), host -> load(url.resolve("/robots.txt"))); //$NON-NLS-1$
    }

    private BaseRobotRules load(URI robots) {
        Hop hop = fetcher.get(robots);
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        if (hop.failure() == null && hop.status() >= 200 && hop.status() < 300 && hop.body() != null) {
            return parser.parseContent(robots.toString(), hop.body(), "text/plain", agents); //$NON-NLS-1$
        }
        return parser.failedFetch(hop.failure() == null && hop.status() < 500 ? 404 : 503);
    }
}
