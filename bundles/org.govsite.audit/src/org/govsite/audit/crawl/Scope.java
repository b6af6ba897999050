package org.govsite.audit.crawl;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which URLs are crawled (their pages read and their links followed); every other link is only checked. The home page
 * is always in scope.
 */
record Scope(URI home, List<String> hosts, List<String> pathPrefixes, List<Pattern> include, List<Pattern> exclude) {

    static Scope of(URI home, CrawlSettings settings) {
        List<String> hosts = settings.hosts().isEmpty() ? List.of(Urls.authority(home)) : settings.hosts();
        return new Scope(home, hosts, settings.pathPrefixes(), settings.include(), settings.exclude());
    }

    boolean contains(URI url) {
        String text = url.toString();
        return hosts.contains(Urls.authority(url))
                && (pathPrefixes.isEmpty() || pathPrefixes.stream().anyMatch(url.getRawPath()::startsWith))
                && (include.isEmpty() || include.stream().anyMatch(p -> p.matcher(text).find()))
                && exclude.stream().noneMatch(p -> p.matcher(text).find()) || url.equals(home);
    }
}
