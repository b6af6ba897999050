package org.govsite.audit.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Everything a crawl and its link checks can be told, with the defaults documented in docs/audit.md. Build one with
 * {@link #builder()}; {@link #defaults()} is what it starts from.
 *
 * @param hosts hosts (host or host:port) in scope; empty: the home page's host and port only
 * @param pathPrefixes path prefixes in scope; empty: every path
 * @param include when not empty, an in-scope URL must match one of these (find, on the whole URL)
 * @param exclude an URL matching one of these (find, on the whole URL) is out of scope
 * @param honourRobots obey robots.txt on the hosts in scope
 * @param userAgent the User-Agent header; its first word is the robots.txt agent name
 * @param maxConnectionsPerHost requests in flight to one host at a time
 * @param maxConnections requests in flight in total
 * @param connectTimeout to open a connection
 * @param readTimeout between two packets of an answer
 * @param totalTimeout for one request from start to its last byte
 * @param maxRetries extra attempts after a transient failure (connect error, 502, 503, 504) or a 429
 * @param retryBaseDelay first backoff; doubled on each retry, with up to half of it removed at random (jitter)
 * @param maxRetryAfter a 429's Retry-After longer than this is not waited for (the link counts as rate limited)
 * @param maxRedirects hops followed before a chain counts as broken
 * @param maxDepth links followed from the home page (depth 0) before pages are no longer crawled
 * @param maxPages pages crawled at most
 * @param maxUrlLength longer URLs are not crawled
 * @param maxRepeatedSegments a path naming one segment more often than this is not crawled (a/b/a/b/a/...)
 * @param maxQueryVariants distinct query strings crawled per path
 * @param maxPageBytes bytes of a page read into memory; the rest is discarded and the page parsed as truncated
 * @param maxRedirectHops a working link reached over more hops than this is a redirect chain finding
 * @param dnsResolver resolves host names (the system's resolver by default)
 * @param sitemaps also seed the crawl with the in-scope pages of /sitemap.xml and of the sitemaps robots.txt lists
 * @param maxRequestsPerSecondPerHost requests started per second on one host at most; 0: no limit
 * @param linkCache outcomes of links to hosts out of scope kept across crawls, or {@code null}: none
 * @param checkFragments report links whose #fragment names no element of the in-scope page they lead to
 * @param softBlockedStatuses statuses servers use to turn robots away: a link answering one is
 *        {@code LINK-SOFT-BLOCKED}, not broken
 * @param governmentHosts hosts (or parent domains) counted as government sites besides *.gov.cn and *.政务
 * @param leavePromptUrls a link whose URL matches one of these (find) goes through a leave-site prompt page
 * @param maxImageBytes an image larger than this is {@code PAGE-IMAGE-SIZE}
 * @param maxLoadTime a page whose own GET takes longer than this is {@code PAGE-LOAD-TIME}
 * @param sslContext whom https connections trust (e.g. a trust store holding a national CA the JDK lacks), or
 *        {@code null}: the JDK's default
 * @param through where the requests of a crawl to its hosts in scope go instead, or {@code null}: to those hosts. An
 *        http(s) URL whose scheme, host and port are used ({@link ThroughRoutes}), each request keeping its own host as
 *        {@code Host} (and TLS server name): a site audited as another server serves it, such as the platform before
 *        the site's domain points at it, or one server behind a load balancer
 */
public record CrawlSettings(List<String> hosts, List<String> pathPrefixes, List<Pattern> include,
        List<Pattern> exclude, boolean honourRobots, String userAgent, int maxConnectionsPerHost, int maxConnections,
        Duration connectTimeout, Duration readTimeout, Duration totalTimeout, int maxRetries, Duration retryBaseDelay,
        Duration maxRetryAfter, int maxRedirects, int maxDepth, int maxPages, int maxUrlLength,
        int maxRepeatedSegments, int maxQueryVariants, long maxPageBytes, int maxRedirectHops, DnsResolver dnsResolver,
        boolean sitemaps, double maxRequestsPerSecondPerHost, LinkCache linkCache, boolean checkFragments,
        Set<Integer> softBlockedStatuses, List<String> governmentHosts, List<Pattern> leavePromptUrls,
        long maxImageBytes, Duration maxLoadTime, SSLContext sslContext, URI through) {

    public CrawlSettings {
        softBlockedStatuses = Set.copyOf(softBlockedStatuses);
        governmentHosts = List.copyOf(governmentHosts);
        leavePromptUrls = List.copyOf(leavePromptUrls);
        hosts = List.copyOf(hosts);
        pathPrefixes = List.copyOf(pathPrefixes);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        if (through != null && !ThroughRoutes.isAddress(through)) {
            throw new IllegalArgumentException("through must be an http(s) URL with a host: " + through); //$NON-NLS-1$
        }
    }

    /** @return the documented defaults */
    public static CrawlSettings defaults() {
        return builder().build();
    }

    /**
     * Reads a server as the command line and the workbench take {@link #through()}: an http(s) URL with a host.
     *
     * @return the URL, or empty when {@code text} is not one
     */
    public static Optional<URI> parseThrough(String text) {
        try {
            URI uri = new URI(text.strip());
            return ThroughRoutes.isAddress(uri) ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads statuses as the command line and the workbench take {@code softBlockedStatuses}: comma-separated (full-width
     * commas too), each 400 to 999, blanks ignored; empty: none.
     *
     * @return the statuses, or empty when one is not such a status
     */
    public static Optional<Set<Integer>> parseStatuses(String list) {
        Set<Integer> statuses = new TreeSet<>();
        for (String item : list.split("[,\uFF0C]")) { //$NON-NLS-1$
            String status = item.strip();
            if (status.isEmpty()) {
                continue;
            }
            if (!status.matches("[4-9][0-9]{2}")) { //$NON-NLS-1$
                return Optional.empty();
            }
            statuses.add(Integer.valueOf(status));
        }
        return Optional.of(statuses);
    }

    /** @return a builder holding the documented defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return these settings resolving host names with {@code resolver} */
    public CrawlSettings withDnsResolver(DnsResolver resolver) {
        return new CrawlSettings(hosts, pathPrefixes, include, exclude, honourRobots, userAgent, maxConnectionsPerHost,
                maxConnections, connectTimeout, readTimeout, totalTimeout, maxRetries, retryBaseDelay, maxRetryAfter,
                maxRedirects, maxDepth, maxPages, maxUrlLength, maxRepeatedSegments, maxQueryVariants, maxPageBytes,
                maxRedirectHops, resolver, sitemaps, maxRequestsPerSecondPerHost, linkCache, checkFragments,
                softBlockedStatuses, governmentHosts, leavePromptUrls, maxImageBytes, maxLoadTime, sslContext, through);
    }

    /** @return the robots.txt agent name: the User-Agent's first word, lower case */
    public String robotName() {
        return userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
    }

    /** Collects settings; its initial values are the documented defaults. */
    public static final class Builder {
        private List<String> hosts = List.of();
        private List<String> pathPrefixes = List.of();
        private List<Pattern> include = List.of();
        private List<Pattern> exclude = List.of();
        private boolean honourRobots = true;
        private String userAgent = "GovSiteAudit/1.0"; //$NON-NLS-1$
        private int maxConnectionsPerHost = 4;
        private int maxConnections = 32;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration totalTimeout = Duration.ofSeconds(60);
        private int maxRetries = 2;
        private Duration retryBaseDelay = Duration.ofMillis(500);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private int maxRedirects = 10;
        private int maxDepth = 20;
        private int maxPages = 10_000;
        private int maxUrlLength = 1024;
        private int maxRepeatedSegments = 3;
        private int maxQueryVariants = 100;
        private long maxPageBytes = 5L * 1024 * 1024;
        private int maxRedirectHops = 1;
        private DnsResolver dnsResolver = SystemDefaultDnsResolver.INSTANCE;
        private boolean sitemaps;
        private double maxRequestsPerSecondPerHost;
        private LinkCache linkCache;
        private boolean checkFragments;
        private Set<Integer> softBlockedStatuses = Set.of(403, 412, 999);
        private List<String> governmentHosts = List.of();
        private List<Pattern> leavePromptUrls = List.of(
                Pattern.compile("/(leave|exit|outlink|wailian)[^/?]*\\?.*url=", Pattern.CASE_INSENSITIVE)); //$NON-NLS-1$
        private long maxImageBytes = 1024L * 1024;
        private Duration maxLoadTime = Duration.ofSeconds(3);
        private SSLContext sslContext;
        private URI through;

        Builder() {
        }

        /** Scope: hosts (host or host:port), path prefixes, include and exclude patterns. */
        public Builder scope(List<String> hostList, List<String> prefixes, List<Pattern> includes, List<Pattern> excludes) {
            hosts = hostList;
            pathPrefixes = prefixes;
            include = includes;
            exclude = excludes;
            return this;
        }

        public Builder honourRobots(boolean value) {
            honourRobots = value;
            return this;
        }

        public Builder userAgent(String value) {
            userAgent = value;
            return this;
        }

        public Builder connections(int perHost, int total) {
            maxConnectionsPerHost = perHost;
            maxConnections = total;
            return this;
        }

        public Builder timeouts(Duration connect, Duration read, Duration total) {
            connectTimeout = connect;
            readTimeout = read;
            totalTimeout = total;
            return this;
        }

        public Builder retries(int max, Duration baseDelay, Duration longestRetryAfter) {
            maxRetries = max;
            retryBaseDelay = baseDelay;
            maxRetryAfter = longestRetryAfter;
            return this;
        }

        /** Spider-trap limits. */
        public Builder limits(int depth, int pages, int urlLength, int repeatedSegments, int queryVariants) {
            maxDepth = depth;
            maxPages = pages;
            maxUrlLength = urlLength;
            maxRepeatedSegments = repeatedSegments;
            maxQueryVariants = queryVariants;
            return this;
        }

        public Builder maxPageBytes(long value) {
            maxPageBytes = value;
            return this;
        }

        /** Redirects followed at most, and hops a working link may take before it is a redirect chain finding. */
        public Builder redirects(int max, int hopsAllowed) {
            maxRedirects = max;
            maxRedirectHops = hopsAllowed;
            return this;
        }

        public Builder dnsResolver(DnsResolver value) {
            dnsResolver = value;
            return this;
        }

        /** Seed the crawl from /sitemap.xml and the sitemaps robots.txt lists (off by default). */
        public Builder sitemaps(boolean value) {
            sitemaps = value;
            return this;
        }

        /** Requests started per second on one host at most; 0 (the default) sets no limit. */
        public Builder maxRequestsPerSecondPerHost(double value) {
            maxRequestsPerSecondPerHost = value;
            return this;
        }

        /** Outcomes of links out of scope kept across crawls (several crawls may share one cache). */
        public Builder linkCache(LinkCache value) {
            linkCache = value;
            return this;
        }

        public Builder checkFragments(boolean value) {
            checkFragments = value;
            return this;
        }

        public Builder softBlockedStatuses(Set<Integer> value) {
            softBlockedStatuses = value;
            return this;
        }

        /** Hosts counted as government sites, and the URLs of leave-site prompt pages. */
        public Builder externalLinks(List<String> government, List<Pattern> promptUrls) {
            governmentHosts = government;
            leavePromptUrls = promptUrls;
            return this;
        }

        /** Largest image, and longest time for a page's own GET, before a finding. */
        public Builder budgets(long imageBytes, Duration loadTime) {
            maxImageBytes = imageBytes;
            maxLoadTime = loadTime;
            return this;
        }

        /** Whom https connections trust; {@code null} (the default): the JDK's trust store. */
        public Builder sslContext(SSLContext value) {
            sslContext = value;
            return this;
        }

        /** Where the requests to the hosts in scope go instead; {@code null} (the default): to those hosts. */
        public Builder through(URI value) {
            through = value;
            return this;
        }

        public CrawlSettings build() {
            return new CrawlSettings(hosts, pathPrefixes, include, exclude, honourRobots, userAgent,
                    maxConnectionsPerHost, maxConnections, connectTimeout, readTimeout, totalTimeout, maxRetries,
                    retryBaseDelay, maxRetryAfter, maxRedirects, maxDepth, maxPages, maxUrlLength, maxRepeatedSegments,
                    maxQueryVariants, maxPageBytes, maxRedirectHops, dnsResolver, sitemaps, maxRequestsPerSecondPerHost,
                    linkCache, checkFragments, softBlockedStatuses, governmentHosts, leavePromptUrls, maxImageBytes,
                    maxLoadTime, sslContext, through);
        }
    }
}
